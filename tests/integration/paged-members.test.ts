// Members and pending invitations a page at a time: oldest first by (createdAt, id),
// ties within one millisecond, invitations only for those who manage members, workspace
// isolation and a refused cursor.
import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/db/client'
import { findInvitations, findMembers } from '@/lib/members/find-members'
import { pageThrough } from '../support/page-through'
import { session } from '../support/signed-in'
import { createUser, uniqueEmail } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const membersRoute = await import('@/app/api/workspaces/[workspaceId]/members/route')
const invitationsRoute = await import('@/app/api/workspaces/[workspaceId]/invitations/route')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let stranger: User
let workspaceId: string

beforeEach(async () => {
  ;[owner, stranger] = await Promise.all([createUser('owner'), createUser('stranger')])
  workspaceId = owner.workspaceId
})

// `count` viewers and as many pending invitations, three at a time in one millisecond.
async function seedTeam(inWorkspace: string, invitedById: string, count: number) {
  const db = getDb()
  const at = (index: number) => new Date(Date.UTC(2030, 0, 1) + Math.floor(index / 3))
  const users = Array.from({ length: count }, () => ({ id: randomUUID(), email: uniqueEmail('member') }))
  await db.user.createMany({ data: users })
  await db.membership.createMany({ data: users.map((user, index) => ({ workspaceId: inWorkspace, userId: user.id, role: 'VIEWER' as const, createdAt: at(index) })) })
  await db.invitation.createMany({ data: users.map((_, index) => ({ workspaceId: inWorkspace, email: uniqueEmail('invited'), role: 'VIEWER' as const, invitedById, createdAt: at(index) })) })
}

describe('members and invitations in pages', () => {
  it('pages through every member and every invitation once, oldest first, ties broken by id', async () => {
    await seedTeam(workspaceId, owner.id, 10)
    const members = await pageThrough(async (cursor) => {
      const page = await findMembers({ actor: owner, workspaceId, limit: 4, cursor })
      return { items: page.members, nextCursor: page.nextCursor }
    }, 4)
    const expectedMembers = await getDb().membership.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } })
    expect(members).toEqual(expectedMembers.map((row) => row.id))
    expect(members).toHaveLength(11)
    const invitations = await pageThrough(async (cursor) => {
      const page = await findInvitations({ actor: owner, workspaceId, limit: 3, cursor })
      return { items: page.invitations, nextCursor: page.nextCursor }
    }, 3)
    const expectedInvitations = await getDb().invitation.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } })
    expect(invitations).toEqual(expectedInvitations.map((row) => row.id))
  })

  it('gives invitations only to those who manage members, and no one another workspace’s', async () => {
    await seedTeam(workspaceId, owner.id, 4)
    const viewer = (await getDb().membership.findFirstOrThrow({ where: { workspaceId, role: 'VIEWER' }, include: { user: true } })).user
    const asViewer = { id: viewer.id, email: viewer.email, name: viewer.name }
    expect((await findMembers({ actor: asViewer, workspaceId, limit: 2 })).members).toHaveLength(2)
    expect(await findInvitations({ actor: asViewer, workspaceId })).toEqual({ invitations: [], nextCursor: null })
    const ownersCursor = (await findMembers({ actor: owner, workspaceId, limit: 2 })).nextCursor
    session.actor = stranger
    const params = { params: Promise.resolve({ workspaceId }) }
    expect((await membersRoute.GET(new Request(`http://test/x?cursor=${ownersCursor}`), params)).status).toBe(404)
    expect((await invitationsRoute.GET(new Request('http://test/x'), params)).status).toBe(404)
    // The stranger's own workspace, with the owner's cursor or without: only the stranger.
    const withCursor = await findMembers({ actor: stranger, workspaceId: stranger.workspaceId, cursor: ownersCursor })
    expect(withCursor.members.filter((member) => member.user.id !== stranger.id)).toEqual([])
    expect((await findMembers({ actor: stranger, workspaceId: stranger.workspaceId })).members.map((member) => member.user.id)).toEqual([stranger.id])
  })

  it('answers a forged cursor or a bad limit with a 4xx naming the parameter', async () => {
    session.actor = owner
    const params = { params: Promise.resolve({ workspaceId }) }
    const forged = await membersRoute.GET(new Request('http://test/x?cursor=WzEsMl0'), params)
    expect(forged.status).toBe(422)
    expect(await forged.json()).toMatchObject({ error: { fields: [{ field: 'cursor', message: expect.stringMatching(/not a page cursor/) }] } })
    const tooMany = await invitationsRoute.GET(new Request('http://test/x?limit=abc'), params)
    expect(tooMany.status).toBe(422)
    expect(await tooMany.json()).toMatchObject({ error: { fields: [{ field: 'limit', message: 'must be a number' }] } })
  })
})
