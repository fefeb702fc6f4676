// Comment threads a page at a time (findCommentPage and its route): keyset order by
// (createdAt, id), ties within one millisecond, replies travelling with their thread,
// workspace isolation and a refused cursor.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { findCommentPage } from '@/lib/comments/find-comment-page'
import { findComments } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { expectAppError } from '../support/app-error'
import { pageThrough } from '../support/page-through'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const route = await import('@/app/api/workspaces/[workspaceId]/documents/[documentId]/comments/route')

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: 'Exports rose by 12% in 2023. Imports fell to $4 billion.' })).id
})

// Seven threads, four written in the same millisecond (the id breaks the tie), one with replies.
async function seedThreads() {
  const db = getDb()
  const same = new Date('2026-01-01T00:00:00.123Z')
  const data = Array.from({ length: 7 }, (_, index) => ({ workspaceId, documentId, authorId: owner.id, body: `Thread ${index}`, createdAt: index < 4 ? same : new Date(same.getTime() + index * 1000) }))
  await db.comment.createMany({ data })
  const first = await db.comment.findFirstOrThrow({ where: { documentId, body: 'Thread 5' } })
  for (const body of ['reply one', 'reply two']) await createComment({ actor: owner, workspaceId, documentId, body, parentId: first.id })
}

const page = (cursor?: string, input: Record<string, unknown> = {}) => findCommentPage({ actor: owner, workspaceId, documentId, limit: 3, cursor, ...input })

describe('comment threads in pages', () => {
  it('pages through every thread once, in the order of the whole list, replies with their thread', async () => {
    await seedThreads()
    const ids = await pageThrough(async (cursor) => {
      const { comments, nextCursor } = await page(cursor)
      return { items: comments, nextCursor }
    }, 3)
    const all = await findComments({ actor: owner, workspaceId, documentId })
    expect(ids).toEqual(all.map((thread) => thread.id))
    expect(ids).toHaveLength(7)
    const withReplies = (await page(undefined, { limit: 200 })).comments.find((thread) => thread.body === 'Thread 5')!
    expect(withReplies.replies.map((reply) => reply.body)).toEqual(['reply one', 'reply two'])
  })

  it('keeps its place when a thread is added while paging: nothing repeated, nothing skipped', async () => {
    await seedThreads()
    const first = await page()
    await createComment({ actor: owner, workspaceId, documentId, body: 'Written while paging' })
    const rest = await pageThrough(async (cursor) => {
      const { comments, nextCursor } = await page(cursor ?? first.nextCursor!)
      return { items: comments, nextCursor }
    }, 3)
    const all = (await findComments({ actor: owner, workspaceId, documentId })).map((thread) => thread.id)
    expect([...first.comments.map((thread) => thread.id), ...rest]).toEqual(all)
  })

  it('narrows to one claim’s threads', async () => {
    await seedThreads()
    const claimId = (await findClaims({ actor: owner, workspaceId, documentId }))[0]!.id
    await createComment({ actor: owner, workspaceId, documentId, claimId, body: 'On the claim' })
    expect((await page(undefined, { claimId })).comments.map((thread) => thread.body)).toEqual(['On the claim'])
  })

  it('is not readable from another workspace, with its own cursor or without', async () => {
    await seedThreads()
    const stranger = await createUser('stranger')
    const { nextCursor } = await page()
    await expectAppError(findCommentPage({ actor: stranger, workspaceId, documentId, cursor: nextCursor }), 'NOT_FOUND')
    // The stranger's own workspace, with this document's id: nothing of it shows.
    expect((await findCommentPage({ actor: stranger, workspaceId: stranger.workspaceId, documentId, cursor: nextCursor })).comments).toEqual([])
  })

  it('answers a forged cursor or a bad limit with a 4xx naming the parameter', async () => {
    session.actor = owner
    const call = (query: string) => route.GET(new Request(`http://test/api/workspaces/${workspaceId}/documents/${documentId}/comments?${query}`), { params: Promise.resolve({ workspaceId, documentId }) })
    const forged = await call('cursor=bm9wZQ')
    expect(forged.status).toBe(422)
    expect(await forged.json()).toMatchObject({ error: { fields: [{ field: 'cursor', message: expect.stringMatching(/not a page cursor/) }] } })
    const tooMany = await call('limit=1000')
    expect(tooMany.status).toBe(422)
    expect(await tooMany.json()).toMatchObject({ error: { fields: [{ field: 'limit', message: 'must be at most 200' }] } })
    const fine = await call('limit=2')
    expect(await fine.json()).toMatchObject({ comments: [], nextCursor: null })
  })
})
