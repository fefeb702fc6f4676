import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import { loadActor } from '@/lib/auth/load-actor'
import { findClaims } from '@/lib/claims/find-claims'
import { retypeClaim } from '@/lib/claims/retype-claim'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { countQueries } from '@/lib/db/query-counter'
import { createDocument } from '@/lib/documents/create-document'
import { documentViewCache, type CachedView } from '@/lib/documents/document-view-cache'
import { buildDocumentView, findDocumentView, type DocumentView } from '@/lib/documents/find-document-view'
import { getDocumentById, getDocumentForReading } from '@/lib/documents/get-document'
import { getDocumentHeader } from '@/lib/documents/get-document-header'
import { getDb } from '@/lib/db/client'
import { addMember } from '../support/members'
import type { LiveMessage } from '@/lib/events/announcements'
import { stopActivityListener, subscribe, whenListening } from '@/lib/events/activity-listener'
import { expectAppError } from '../support/app-error'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const { GET } = await import('@/app/api/workspaces/[workspaceId]/documents/[documentId]/view/route')

const TEXT = 'Exports rose by 12% in 2023. Imports fell to $4 billion. The minister called it a triumph.'

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
  session.actor = owner
  await whenListening()
})

afterAll(async () => {
  await stopActivityListener()
})

const parse = (view: CachedView): DocumentView => JSON.parse(Buffer.from(view.body).toString('utf8')) as DocumentView
const viewOf = (minVersion?: string) => findDocumentView({ actor: owner, workspaceId, documentId, minVersion })

// Resolves when this process hears the next activity announced on the document. Made
// before the change, so the announcement cannot come first.
function nextAnnouncement(): Promise<void> {
  return new Promise((resolve) => {
    const stop = subscribe(workspaceId, documentId, (message: LiveMessage) => {
      if (message.type !== 'activity') return
      stop()
      resolve()
    })
  })
}

describe("the document page's view", () => {
  it('holds the text, claims and comments as the services read them, at the newest activity', async () => {
    const claim = (await findClaims({ actor: owner, workspaceId, documentId }))[0]!
    await createComment({ actor: owner, workspaceId, documentId, claimId: claim.id, body: 'Which **table**?' })
    const view = parse(await viewOf())
    const document = await getDocumentForReading({ actor: owner, workspaceId, documentId })
    expect(view).toEqual({
      version: await getLatestDocumentActivityId({ actor: owner, workspaceId, documentId }),
      revisionNumber: 1,
      content: document.reader.content,
      lineStarts: document.reader.lineStarts,
      claims: await findClaims({ actor: owner, workspaceId, documentId }),
      comments: await findComments({ actor: owner, workspaceId, documentId }),
    })
    expect(view.comments[0]!.html).toContain('<strong>table</strong>')
  })

  it('is built once and then served from memory, with no query, to every member', async () => {
    const actor = (await loadActor(owner.id))!
    // Twice: the first build is not kept if the document's creation is announced meanwhile.
    await viewOf()
    const first = await viewOf()
    const { result: again, queries } = await countQueries(() => findDocumentView({ actor, workspaceId, documentId }))
    expect(again).toBe(first)
    expect(queries).toBe(0)
  })

  it('is built anew after a change: at once for the version the caller names, and for everyone once the change is announced', async () => {
    const before = await viewOf()
    const claim = (await findClaims({ actor: owner, workspaceId, documentId }))[0]!
    await retypeClaim({ actor: owner, workspaceId, documentId, claimId: claim.id, kind: 'PREDICTION', version: claim.version })
    const latest = await getLatestDocumentActivityId({ actor: owner, workspaceId, documentId })
    expect(BigInt(latest)).toBeGreaterThan(before.version)

    const named = parse(await viewOf(latest))
    expect(named.version).toBe(latest)
    expect(named.claims[0]!.kind).toBe('PREDICTION')

    const heard = nextAnnouncement()
    await createComment({ actor: owner, workspaceId, documentId, body: 'Checked.' })
    await heard
    expect(parse(await viewOf()).comments.map((each) => each.body)).toEqual(['Checked.'])
  })

  it('does not keep a view that a change overtook while it was being read', async () => {
    const cache = documentViewCache()
    const built = await buildDocumentView({ actor: owner, workspaceId, documentId })
    let release!: () => void
    const slowBuild = cache.get(workspaceId, documentId, 0n, () => new Promise<CachedView>((resolve) => (release = () => resolve(built))))
    const heard = nextAnnouncement()
    await createComment({ actor: owner, workspaceId, documentId, body: 'Overtaking.' })
    await heard
    release()
    expect(await slowBuild).toBe(built)
    // Not kept: the next reader builds again and sees the comment.
    expect(parse(await viewOf()).comments.map((each) => each.body)).toEqual(['Overtaking.'])
  })

  it('is not found from another workspace, whichever workspace id is named', async () => {
    await viewOf()
    const outsider = await createUser('outsider')
    await expectAppError(findDocumentView({ actor: outsider, workspaceId, documentId }), 'NOT_FOUND')
    await expectAppError(findDocumentView({ actor: outsider, workspaceId: outsider.workspaceId, documentId }), 'NOT_FOUND')
  })

  it('refuses a version that is not an activity id', async () => {
    await expectAppError(viewOf('12abc'), 'INVALID_INPUT')
    await expectAppError(viewOf('-1'), 'INVALID_INPUT')
  })
})

describe("the document page's header", () => {
  it('gives the document as stored without its text, the newest activity and the members, in one statement', async () => {
    const reviewer = await createUser('reviewer')
    await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
    await getDb().document.update({ where: { id: documentId }, data: { author: 'A. Writer', publishedAt: new Date('2024-03-05T00:00:00Z') } })
    const actor = (await loadActor(owner.id))!
    const { result: header, queries } = await countQueries(() => getDocumentHeader({ actor, workspaceId, documentId }))
    expect(queries).toBe(1)
    const stored = await getDocumentById({ actor: owner, workspaceId, documentId })
    expect(header).toEqual({
      id: documentId,
      title: 'Trade',
      author: 'A. Writer',
      publisher: null,
      publishedAt: '2024-03-05T00:00:00.000Z',
      sourceUrl: null,
      revisionCount: 1,
      revision: { number: 1, contentHash: stored.revision.contentHash, createdAt: stored.revision.createdAt.toISOString(), createdBy: stored.revision.createdBy },
      latestActivityId: await getLatestDocumentActivityId({ actor: owner, workspaceId, documentId }),
      members: [
        { id: owner.id, name: 'owner', email: owner.email },
        { id: reviewer.id, name: 'reviewer', email: reviewer.email },
      ],
      role: 'OWNER',
    })
    const outsider = await createUser('outsider')
    await expectAppError(getDocumentHeader({ actor: outsider, workspaceId, documentId }), 'NOT_FOUND')
    await expectAppError(getDocumentHeader({ actor: owner, workspaceId, documentId: 'c000000000000000000000000' }), 'NOT_FOUND')
  })
})

describe('GET …/documents/:id/view', () => {
  const params = () => ({ params: Promise.resolve({ workspaceId, documentId }) })
  const url = (query = '') => `http://localhost/api/workspaces/${workspaceId}/documents/${documentId}/view${query}`

  it('answers the JSON with an ETag, and 304 when the browser already has it', async () => {
    const response = await GET(new Request(url()), params())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
    const etag = response.headers.get('etag')!
    expect(((await response.json()) as DocumentView).claims.length).toBeGreaterThan(0)
    const again = await GET(new Request(url(), { headers: { 'if-none-match': etag } }), params())
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('names the problem with a bad version, and answers 404 to an outsider', async () => {
    const bad = await GET(new Request(url('?v=latest')), params())
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('must be an activity id')
    const outsider = await createUser('outsider')
    session.actor = outsider
    const foreign = await GET(new Request(url()), params())
    expect(foreign.status).toBe(404)
  })
})
