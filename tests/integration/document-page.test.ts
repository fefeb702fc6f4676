import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import { checkDocumentPageAccess, closeDocumentPageGuard } from '@/lib/auth/document-page-guard'
import { encodeSessionToken } from '@/lib/auth/session-token'
import { createDocument } from '@/lib/documents/create-document'
import { findDocumentPage } from '@/lib/documents/find-document-page'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const { GET } = await import('@/app/api/workspaces/[workspaceId]/documents/[documentId]/page/route')

const SECRET = 'document-page-test-secret-0123456789'
let savedSecret: string | undefined
let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeAll(() => {
  savedSecret = process.env.NEXTAUTH_SECRET
  process.env.NEXTAUTH_SECRET = SECRET
})

afterAll(async () => {
  process.env.NEXTAUTH_SECRET = savedSecret
  await closeDocumentPageGuard()
})

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: 'Exports rose by 12% in 2023.' })).id
})

const tokenFor = (userId: string, maxAge?: number) => encodeSessionToken({ token: { sub: userId }, secret: SECRET, maxAge })

describe('the guard before the static document page (proxy.ts)', () => {
  it('serves a member the page of a document of their workspace', async () => {
    expect(await checkDocumentPageAccess({ token: await tokenFor(owner.id), workspaceId, documentId })).toBe('allowed')
  })

  it('sends someone without a session, or with one that no longer holds, to sign in', async () => {
    expect(await checkDocumentPageAccess({ token: undefined, workspaceId, documentId })).toBe('signed-out')
    expect(await checkDocumentPageAccess({ token: 'not-a-token', workspaceId, documentId })).toBe('expired')
    expect(await checkDocumentPageAccess({ token: await tokenFor(owner.id, -60), workspaceId, documentId })).toBe('expired')
    // A valid cookie of an account that no longer exists grants nothing.
    expect(await checkDocumentPageAccess({ token: await tokenFor('c000000000000000000000000'), workspaceId, documentId })).toBe('expired')
  })

  it('answers "not found" to an outsider, whichever workspace they name, and for a document that does not exist', async () => {
    const outsider = await createUser('outsider')
    const token = await tokenFor(outsider.id)
    expect(await checkDocumentPageAccess({ token, workspaceId, documentId })).toBe('not-found')
    expect(await checkDocumentPageAccess({ token, workspaceId: outsider.workspaceId, documentId })).toBe('not-found')
    expect(await checkDocumentPageAccess({ token: await tokenFor(owner.id), workspaceId, documentId: 'c000000000000000000000000' })).toBe('not-found')
  })
})

describe("the reader's part of the document page", () => {
  it('gives the app header, the document header and what each role may do', async () => {
    const people = { VIEWER: await createUser('viewer'), REVIEWER: await createUser('reviewer'), EDITOR: await createUser('editor') }
    for (const [role, person] of Object.entries(people)) await addMember({ actor: owner, workspaceId, email: person.email, role: role as keyof typeof people })
    const page = await findDocumentPage({ actor: owner, workspaceId, documentId })
    expect(page.header).toEqual({ workspaces: [{ id: workspaceId, name: expect.any(String) }], unreadCount: 0, userLabel: 'owner', isEmailVerified: true })
    expect(page.currentUserId).toBe(owner.id)
    expect(page.document).toMatchObject({ id: documentId, title: 'Trade', publishedAt: null, revisionCount: 1, latestActivityId: await getLatestDocumentActivityId({ actor: owner, workspaceId, documentId }) })
    expect(new Date(page.document.revision.createdAt).toISOString()).toBe(page.document.revision.createdAt)
    expect(page.document.members.map((member) => member.name)).toEqual(['owner', 'viewer', 'reviewer', 'editor'])
    expect(page.can).toEqual({ editClaims: true, review: true, editText: true })
    const can = async (person: typeof owner) => (await findDocumentPage({ actor: person, workspaceId, documentId })).can
    expect(await can(people.VIEWER)).toEqual({ editClaims: false, review: false, editText: false })
    expect(await can(people.REVIEWER)).toEqual({ editClaims: false, review: true, editText: false })
    expect(await can(people.EDITOR)).toEqual({ editClaims: true, review: true, editText: true })
  })

  it('is not found for an outsider, and answers 404 through the route', async () => {
    const outsider = await createUser('outsider')
    await expectAppError(findDocumentPage({ actor: outsider, workspaceId, documentId }), 'NOT_FOUND')
    const params = { params: Promise.resolve({ workspaceId, documentId }) }
    session.actor = owner
    const response = await GET(new Request('http://localhost/'), params)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    session.actor = outsider
    expect((await GET(new Request('http://localhost/'), params)).status).toBe(404)
  })
})
