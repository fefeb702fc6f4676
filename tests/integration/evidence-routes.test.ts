// The HTTP contract the evidence and source components rely on: statuses, the JSON
// shapes they read (comparison, dates as strings, isExisting), and the error bodies
// they turn into field messages and conflict notices.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const sources = await import('@/app/api/workspaces/[workspaceId]/sources/route')
const source = await import('@/app/api/workspaces/[workspaceId]/sources/[sourceId]/route')
const retraction = await import('@/app/api/workspaces/[workspaceId]/sources/[sourceId]/retraction/route')
const evidence = await import('@/app/api/workspaces/[workspaceId]/claims/[claimId]/evidence/route')
const oneEvidence = await import('@/app/api/workspaces/[workspaceId]/claims/[claimId]/evidence/[evidenceId]/route')

const TEXT = 'Exports rose to $4.5 billion in 2024. The minister called it a triumph.'
const BASE = 'http://localhost/api'

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let claimId: string

beforeEach(async () => {
  ;[owner, reviewer] = await Promise.all([createUser('owner'), createUser('reviewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  const { id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })
  claimId = (await findClaims({ actor: owner, workspaceId, documentId })).find((claim) => claim.quote.includes('$4.5 billion'))!.id
  session.actor = reviewer
})

function request(method: string, body?: unknown, query = ''): Request {
  return new Request(`${BASE}/x${query}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
}

async function call(handler: (request: Request, context: never) => Promise<Response>, method: string, params: Record<string, string>, body?: unknown, query = '') {
  const response = await handler(request(method, body, query), { params: Promise.resolve({ workspaceId, ...params }) } as never)
  return { status: response.status, json: (await response.json()) as Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function addSource(url = 'https://stats.example.org/trade/2024', title = 'Trade statistics 2024') {
  return call(sources.POST, 'POST', {}, { url, title, publisher: '', author: '', publishedAt: '', type: 'OFFICIAL_STATISTICS', reliability: 5, reliabilityNote: '' })
}

describe('source routes', () => {
  it('creates with 201, answers a known link with 200 and isExisting, and searches with ?q=', async () => {
    const created = await addSource()
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ isExisting: false, source: { title: 'Trade statistics 2024', publisher: null, publishedAt: null, reliability: 5, version: 1 } })
    const again = await addSource('https://STATS.example.org/trade/2024/?utm_source=x', 'Another title')
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ isExisting: true, source: { id: created.json.source.id, title: 'Trade statistics 2024' } })
    await addSource('https://news.example.com/story', 'A news story')

    const found = await call(sources.GET, 'GET', {}, undefined, '?q=trade%20stat')
    expect(found.status).toBe(200)
    expect(found.json.sources.map((item: { title: string }) => item.title)).toEqual(['Trade statistics 2024'])
    expect(found.json.sources[0]).toMatchObject({ evidenceCount: 0, isRetracted: false })
  })

  it('names the fields of a bad source in a 422 body', async () => {
    const bad = await call(sources.POST, 'POST', {}, { url: 'javascript:alert(1)', title: '', reliability: 7, publishedAt: '2024-02-30' })
    expect(bad.status).toBe(422)
    const fields = Object.fromEntries(bad.json.error.fields.map((issue: { field: string; message: string }) => [issue.field, issue.message]))
    expect(Object.keys(fields).sort()).toEqual(['publishedAt', 'reliability', 'title', 'url'])
    expect(fields.reliability).toBe('must be 1 to 5')
  })

  it('refuses a stale edit with 409 and the current version, which the edit form offers to reload', async () => {
    const { json } = await addSource()
    const id = json.source.id as string
    const first = await call(source.PATCH, 'PATCH', { sourceId: id }, { version: 1, publisher: 'Ministry of Trade' })
    expect(first.status).toBe(200)
    expect(first.json.source).toMatchObject({ publisher: 'Ministry of Trade', version: 2 })
    const stale = await call(source.PATCH, 'PATCH', { sourceId: id }, { version: 1, publisher: 'Stale' })
    expect(stale.status).toBe(409)
    expect(stale.json.error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: '2' } })
    expect(stale.json.error.message).toMatch(/Someone changed this source/)
  })
})

describe('evidence routes', () => {
  it('adds evidence (201) with its figure compared, lists it, and flags it once the source is retracted', async () => {
    const sourceId = (await addSource()).json.source.id as string
    const added = await call(evidence.POST, 'POST', { claimId }, { sourceId, stance: 'SUPPORTS', quote: 'Exports reached $4.51 billion.', locator: 'Table 3', figure: '$4.51 billion', quantityPosition: 0 })
    expect(added.status).toBe(201)
    expect(added.json.evidence).toMatchObject({ stance: 'SUPPORTS', locator: 'Table 3', figure: '$4.51 billion', comparison: { kind: 'matches' }, source: { id: sourceId, isRetracted: false } })
    expect(typeof added.json.evidence.createdAt).toBe('string')
    const differs = await call(evidence.POST, 'POST', { claimId }, { sourceId, stance: 'CONTRADICTS', quote: 'Revised to $4.9 billion.', figure: '$4.9 billion', quantityPosition: 0 })
    expect(differs.json.evidence.comparison).toEqual({ kind: 'differs', percent: '+8.2' })

    // Retracting needs an editor, and a note.
    const denied = await call(retraction.POST, 'POST', { sourceId }, { note: 'Withdrawn' })
    expect(denied.status).toBe(403)
    session.actor = owner
    const noNote = await call(retraction.POST, 'POST', { sourceId }, { note: ' ', version: 1 })
    expect(noNote.status).toBe(422)
    expect(noNote.json.error.fields).toEqual([{ field: 'note', message: 'is required: say why the source is retracted' }])
    expect((await call(retraction.POST, 'POST', { sourceId }, { note: 'Withdrawn after an error', version: 1 })).status).toBe(200)

    const listed = await call(evidence.GET, 'GET', { claimId })
    expect(listed.json.evidence).toHaveLength(2)
    for (const item of listed.json.evidence) expect(item.source).toMatchObject({ isRetracted: true, retractionNote: 'Withdrawn after an error' })
    expect(typeof listed.json.evidence[0].source.retractedAt).toBe('string')

    // A cited source is not deleted: the 409 message is shown as is.
    const refused = await call(source.DELETE, 'DELETE', { sourceId }, { version: 2 })
    expect(refused.status).toBe(409)
    expect(refused.json.error.message).toBe('This source is cited as evidence by 1 claim: mark it retracted instead')
    // Nor cited again.
    const retracted = await call(evidence.POST, 'POST', { claimId }, { sourceId, stance: 'CONTEXT', quote: 'Anything.' })
    expect(retracted.status).toBe(422)
    expect(retracted.json.error.fields).toEqual([{ field: 'sourceId', message: 'is retracted' }])
  })

  it('names a missing quote in a 422, and removes evidence at its version', async () => {
    const sourceId = (await addSource()).json.source.id as string
    const missing = await call(evidence.POST, 'POST', { claimId }, { sourceId, stance: 'SUPPORTS', quote: '   ' })
    expect(missing.status).toBe(422)
    expect(missing.json.error.fields).toEqual([{ field: 'quote', message: 'is required: paste the exact words of the source' }])

    const { json } = await call(evidence.POST, 'POST', { claimId }, { sourceId, stance: 'CONTEXT', quote: 'Provisional figures.', figure: null, quantityPosition: null })
    expect(json.evidence.comparison).toBeNull()
    const id = json.evidence.id as string
    const removed = await call(oneEvidence.DELETE, 'DELETE', { claimId, evidenceId: id }, { version: 1 })
    expect(removed.status).toBe(200)
    expect((await call(evidence.GET, 'GET', { claimId })).json.evidence).toEqual([])
    // Removing it again: it is gone.
    expect((await call(oneEvidence.DELETE, 'DELETE', { claimId, evidenceId: id }, { version: 2 })).status).toBe(404)
    // Deleting is for editors; and a source cited before (its citation since withdrawn) stays.
    expect((await call(source.DELETE, 'DELETE', { sourceId }, { version: 1 })).status).toBe(403)
    session.actor = owner
    const refused = await call(source.DELETE, 'DELETE', { sourceId }, { version: 1 })
    expect(refused.status).toBe(409)
    expect(refused.json.error.message).toBe('This source was cited as evidence before: mark it retracted instead')
    // One never cited is deleted.
    const unused = (await addSource('https://example.org/unused', 'Unused')).json.source.id as string
    expect((await call(source.DELETE, 'DELETE', { sourceId: unused }, { version: 1 })).json).toEqual({ id: unused })
    expect((await call(sources.GET, 'GET', {})).json.sources.map((item: { id: string }) => item.id)).toEqual([sourceId])
  })

  it('edits a citation at its version with PATCH, and says where its quote stands', async () => {
    const sourceId = (await addSource()).json.source.id as string
    const { json } = await call(evidence.POST, 'POST', { claimId }, { sourceId, stance: 'SUPPORTS', quote: 'Exports were $4.5 billion.' })
    expect(json.evidence.quoteCheck).toMatchObject({ state: 'pending', label: 'Source not archived yet', href: null })
    const id = json.evidence.id as string
    const edited = await call(oneEvidence.PATCH, 'PATCH', { claimId, evidenceId: id }, { version: 1, quote: 'Exports were $4.51 billion.', figure: '$4.51 billion' })
    expect(edited.status).toBe(200)
    expect(edited.json.evidence).toMatchObject({ version: 2, quote: 'Exports were $4.51 billion.', figure: '$4.51 billion', stance: 'SUPPORTS', figureCheck: { origin: 'typed' }, comparison: { kind: 'matches' } })
    const stale = await call(oneEvidence.PATCH, 'PATCH', { claimId, evidenceId: id }, { version: 1, locator: 'Table 1' })
    expect(stale.status).toBe(409)
    const empty = await call(oneEvidence.PATCH, 'PATCH', { claimId, evidenceId: id }, { version: 2 })
    expect(empty.status).toBe(422)
    expect(empty.json.error.message).toContain('nothing to change')
  })
})
