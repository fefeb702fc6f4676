// The inbox a page at a time: newest first by (createdAt, id), ties within one
// millisecond, only my own notifications of this workspace, and a refused cursor.
import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/db/client'
import { findNotifications } from '@/lib/notifications/find-notifications'
import { addMember } from '../support/members'
import { pageThrough } from '../support/page-through'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const route = await import('@/app/api/workspaces/[workspaceId]/notifications/route')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let reviewer: User
let workspaceId: string

beforeEach(async () => {
  ;[owner, reviewer] = await Promise.all([createUser('owner'), createUser('reviewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
})

// `count` notifications for `user` in `inWorkspace`, three at a time in one millisecond.
async function notify(user: User, inWorkspace: string, count: number, label: string) {
  const base = Date.UTC(2026, 0, 1)
  const data = Array.from({ length: count }, (_, index) => ({ id: randomUUID(), workspaceId: inWorkspace, userId: user.id, kind: 'MENTION' as const, message: `${label} ${index}`, createdAt: new Date(base + Math.floor(index / 3)), readAt: index % 2 ? new Date() : null }))
  await getDb().notification.createMany({ data })
}

const readPages = (actor: User, inWorkspace: string, limit: number) =>
  pageThrough(async (cursor) => {
    const page = await findNotifications({ actor, workspaceId: inWorkspace, limit, cursor })
    return { items: page.notifications, nextCursor: page.nextCursor }
  }, limit)

describe('the inbox in pages', () => {
  it('pages through every notification once, newest first, ties broken by id', async () => {
    await notify(reviewer, workspaceId, 11, 'mine')
    const ids = await readPages(reviewer, workspaceId, 4)
    const expected = await getDb().notification.findMany({ where: { userId: reviewer.id, workspaceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })
    expect(ids).toEqual(expected.map((row) => row.id))
    expect(ids).toHaveLength(11)
    // The unread count is the whole inbox's, on every page.
    expect((await findNotifications({ actor: reviewer, workspaceId, limit: 2 })).unreadCount).toBe(6)
  })

  it('holds only my notifications of this workspace, on every page', async () => {
    await notify(reviewer, workspaceId, 5, 'mine')
    await notify(owner, workspaceId, 5, 'the owner’s')
    await notify(reviewer, reviewer.workspaceId, 5, 'my other workspace')
    const ids = await readPages(reviewer, workspaceId, 2)
    const messages = (await getDb().notification.findMany({ where: { id: { in: ids } }, select: { message: true } })).map((row) => row.message)
    expect(messages.sort()).toEqual(['mine 0', 'mine 1', 'mine 2', 'mine 3', 'mine 4'])
    // Another's cursor leads only into my own inbox.
    const ownersCursor = (await findNotifications({ actor: owner, workspaceId, limit: 1 })).nextCursor
    const fromIt = await findNotifications({ actor: reviewer, workspaceId, cursor: ownersCursor })
    expect(fromIt.notifications.every((notification) => notification.message.startsWith('mine'))).toBe(true)
  })

  it('answers a forged cursor with a 4xx naming it, and pages through the route', async () => {
    await notify(reviewer, workspaceId, 3, 'mine')
    session.actor = reviewer
    const call = (query: string) => route.GET(new Request(`http://test/api/workspaces/${workspaceId}/notifications?${query}`), { params: Promise.resolve({ workspaceId }) })
    const forged = await call(`cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`)
    expect(forged.status).toBe(422)
    expect(await forged.json()).toMatchObject({ error: { fields: [{ field: 'cursor', message: expect.stringMatching(/not a page cursor/) }] } })
    const first = (await (await call('limit=2')).json()) as { notifications: unknown[]; nextCursor: string }
    const second = (await (await call(`limit=2&cursor=${first.nextCursor}`)).json()) as { notifications: unknown[]; nextCursor: string | null }
    expect([first.notifications.length, second.notifications.length, second.nextCursor]).toEqual([2, 1, null])
  })
})
