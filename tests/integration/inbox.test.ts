import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { findNotifications } from '@/lib/notifications/find-notifications'
import { findAppHeader } from '@/lib/workspaces/find-app-header'
import { markNotificationsRead } from '@/lib/notifications/mark-read'
import { notify } from '@/lib/notifications/notify'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  reviewer = await createUser('reviewer')
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: 'Exports rose by 12% in 2023.' })).id
})

async function send(recipients: string[], message: string, extra: { claimId?: string } = {}) {
  await getDb().$transaction((tx) => notify(tx, recipients, { workspaceId, actorId: owner.id, kind: 'MENTION', message, documentId, ...extra }))
}

describe('the inbox', () => {
  it('lists my notifications in this workspace, newest first, with the unread count', async () => {
    await send([reviewer.id], 'first')
    await send([reviewer.id, owner.id], 'second')
    const inbox = await findNotifications({ actor: reviewer, workspaceId })
    expect(inbox.notifications.map((n) => n.message)).toEqual(['second', 'first'])
    expect(inbox.unreadCount).toBe(2)
    expect(inbox.notifications[0]).toMatchObject({ kind: 'MENTION', actorName: 'owner', isRead: false, href: `/w/${workspaceId}/documents/${documentId}` })
    // The actor is not told about their own action; others' inboxes are separate.
    expect((await findNotifications({ actor: owner, workspaceId })).notifications).toEqual([])
    expect((await findAppHeader({ actor: reviewer, workspaceId })).unreadCount).toBe(2)
    expect((await findNotifications({ actor: reviewer, workspaceId: reviewer.workspaceId })).notifications).toEqual([])
  })

  it('marks one read, then all, and only my own', async () => {
    await send([reviewer.id], 'first')
    await send([reviewer.id], 'second')
    const editor = await createUser('editor')
    await addMember({ actor: owner, workspaceId, email: editor.email, role: 'EDITOR' })
    await send([editor.id], 'for the editor')
    const [second, first] = (await findNotifications({ actor: reviewer, workspaceId })).notifications
    const editorsOwn = (await findNotifications({ actor: editor, workspaceId })).notifications[0]!

    expect(await markNotificationsRead({ actor: reviewer, workspaceId, ids: [first!.id] })).toEqual({ unreadCount: 1 })
    const after = (await findNotifications({ actor: reviewer, workspaceId })).notifications
    expect(after.map((n) => [n.message, n.isRead])).toEqual([
      ['second', false],
      ['first', true],
    ])

    // Someone else's notification is not found, and nothing of the request is marked.
    await expectAppError(markNotificationsRead({ actor: reviewer, workspaceId, ids: [second!.id, editorsOwn.id] }), 'NOT_FOUND')
    expect((await findAppHeader({ actor: reviewer, workspaceId })).unreadCount).toBe(1)
    expect((await findAppHeader({ actor: editor, workspaceId })).unreadCount).toBe(1)

    expect(await markNotificationsRead({ actor: reviewer, workspaceId, all: true })).toEqual({ unreadCount: 0 })
    expect((await findAppHeader({ actor: editor, workspaceId })).unreadCount).toBe(1)
  })

  it('refuses a request that says neither ids nor all, and strangers', async () => {
    const error = await expectAppError(markNotificationsRead({ actor: reviewer, workspaceId }), 'INVALID_INPUT')
    expect(error.fields[0]?.field).toBe('ids')
    await expectAppError(markNotificationsRead({ actor: reviewer, workspaceId, all: 'yes' }), 'INVALID_INPUT')
    const stranger = await createUser('stranger')
    await expectAppError(findNotifications({ actor: stranger, workspaceId }), 'NOT_FOUND')
    await expectAppError(markNotificationsRead({ actor: stranger, workspaceId, all: true }), 'NOT_FOUND')
  })
})
