import { describe, expect, it } from 'vitest'
import { createDocument } from '@/lib/documents/create-document'
import { getDb } from '@/lib/db/client'
import { findNotifications } from '@/lib/notifications/find-notifications'
import { createWorkspace } from '@/lib/workspaces/create-workspace'
import { findAppHeader } from '@/lib/workspaces/find-app-header'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

// What every signed-in page's header reads, as prepared statements.
describe('the reads behind the workspace header', () => {
  it('lists my workspaces, personal first, with my role and live document and member counts', async () => {
    const owner = await createUser('owner')
    const other = await createUser('other')
    const team = await createWorkspace({ actor: owner, name: 'Desk' })
    await createDocument({ actor: owner, workspaceId: team.id, title: 'Kept', text: 'Exports rose by 12% in 2024.' })
    const archived = await createDocument({ actor: owner, workspaceId: team.id, title: 'Gone', text: 'Imports fell by 3% in 2023.' })
    await getDb().document.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
    await getDb().membership.create({ data: { workspaceId: team.id, userId: other.id, role: 'REVIEWER' } })

    expect(await findWorkspaces({ actor: owner })).toEqual([
      { id: owner.workspaceId, name: expect.any(String), isPersonal: true, role: 'OWNER', documentCount: 0, memberCount: 1 },
      { id: team.id, name: 'Desk', isPersonal: false, role: 'OWNER', documentCount: 1, memberCount: 2 },
    ])
    expect((await findWorkspaces({ actor: other })).map(({ id, role }) => ({ id, role }))).toEqual([
      { id: other.workspaceId, role: 'OWNER' },
      { id: team.id, role: 'REVIEWER' },
    ])
  })

  it('gives a workspace as stored, and nothing of one I do not belong to', async () => {
    const owner = await createUser('owner')
    const stranger = await createUser('stranger')
    const stored = await getDb().workspace.findUniqueOrThrow({ where: { id: owner.workspaceId } })
    expect(await getWorkspaceById({ actor: owner, workspaceId: owner.workspaceId })).toEqual({
      id: stored.id,
      name: stored.name,
      isPersonal: true,
      createdAt: stored.createdAt,
      role: 'OWNER',
    })
    await expectAppError(getWorkspaceById({ actor: stranger, workspaceId: owner.workspaceId }), 'NOT_FOUND')
    await expectAppError(findAppHeader({ actor: stranger, workspaceId: owner.workspaceId }), 'NOT_FOUND')
  })

  it('gives the header my workspaces, personal first, and my unread count in this one', async () => {
    const owner = await createUser('owner')
    const stranger = await createUser('stranger')
    const team = await createWorkspace({ actor: owner, name: 'Desk' })
    const notify = (workspaceId: string, readAt: Date | null) => ({ workspaceId, userId: owner.id, kind: 'MENTION' as const, message: 'You were mentioned', readAt })
    await getDb().notification.createMany({ data: [notify(team.id, null), notify(team.id, null), notify(team.id, new Date()), notify(owner.workspaceId, null)] })
    const personal = await getDb().workspace.findUniqueOrThrow({ where: { id: owner.workspaceId } })
    expect(await findAppHeader({ actor: owner, workspaceId: team.id })).toEqual({
      workspaces: [
        { id: personal.id, name: personal.name },
        { id: team.id, name: 'Desk' },
      ],
      unreadCount: 2,
    })
    // The badge counts what the inbox counts.
    expect((await findAppHeader({ actor: owner, workspaceId: owner.workspaceId })).unreadCount).toBe((await findNotifications({ actor: owner, workspaceId: owner.workspaceId })).unreadCount)
    await expectAppError(findAppHeader({ actor: stranger, workspaceId: team.id }), 'NOT_FOUND')
  })
})
