// A user never sees or touches another workspace's data, even with its ids in hand:
// every service answers NOT_FOUND, exactly as for an id that does not exist.
import { beforeAll, describe, expect, it } from 'vitest'
import { createDocument } from '@/lib/documents/create-document'
import { findDocuments } from '@/lib/documents/find-documents'
import { getDocumentById } from '@/lib/documents/get-document'
import { getDb } from '@/lib/db/client'
import { changeMemberRole } from '@/lib/members/change-member-role'
import { findMembers } from '@/lib/members/find-members'
import { inviteMember } from '@/lib/members/invite-member'
import { removeMember } from '@/lib/members/remove-member'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'
import { expectAppError } from '../support/app-error'
import { createUser, uniqueEmail } from '../support/users'

type User = Awaited<ReturnType<typeof createUser>>
let alice: User
let mallory: User
let aliceDocumentId: string
let aliceMembershipId: string

beforeAll(async () => {
  alice = await createUser('alice')
  mallory = await createUser('mallory')
  aliceDocumentId = (await createDocument({ actor: alice, workspaceId: alice.workspaceId, title: 'Secret', text: 'Only Alice may read this.' })).id
  aliceMembershipId = (await getDb().membership.findFirstOrThrow({ where: { userId: alice.id } })).id
})

describe("another workspace's ids", () => {
  it('read nothing', async () => {
    const workspaceId = alice.workspaceId
    await expectAppError(getWorkspaceById({ actor: mallory, workspaceId }), 'NOT_FOUND')
    await expectAppError(findDocuments({ actor: mallory, workspaceId }), 'NOT_FOUND')
    await expectAppError(findMembers({ actor: mallory, workspaceId }), 'NOT_FOUND')
    await expectAppError(getDocumentById({ actor: mallory, workspaceId, documentId: aliceDocumentId }), 'NOT_FOUND')
    // Alice's document id under Mallory's own workspace.
    await expectAppError(getDocumentById({ actor: mallory, workspaceId: mallory.workspaceId, documentId: aliceDocumentId }), 'NOT_FOUND')
    expect((await findWorkspaces({ actor: mallory })).map((workspace) => workspace.id)).toEqual([mallory.workspaceId])
  })

  it('change nothing', async () => {
    const before = await getDb().activityEvent.count({ where: { workspaceId: alice.workspaceId } })
    await expectAppError(createDocument({ actor: mallory, workspaceId: alice.workspaceId, title: 'x', text: 'x' }), 'NOT_FOUND')
    await expectAppError(inviteMember({ actor: mallory, workspaceId: alice.workspaceId, email: uniqueEmail(), role: 'OWNER' }), 'NOT_FOUND')
    await expectAppError(changeMemberRole({ actor: mallory, workspaceId: alice.workspaceId, membershipId: aliceMembershipId, role: 'VIEWER' }), 'NOT_FOUND')
    await expectAppError(removeMember({ actor: mallory, workspaceId: alice.workspaceId, membershipId: aliceMembershipId }), 'NOT_FOUND')
    // Mallory owns her workspace, but Alice's membership is not in it.
    await expectAppError(changeMemberRole({ actor: mallory, workspaceId: mallory.workspaceId, membershipId: aliceMembershipId, role: 'VIEWER' }), 'NOT_FOUND')
    await expectAppError(removeMember({ actor: mallory, workspaceId: mallory.workspaceId, membershipId: aliceMembershipId }), 'NOT_FOUND')
    expect(await getDb().activityEvent.count({ where: { workspaceId: alice.workspaceId } })).toBe(before)
    expect((await getDb().membership.findUniqueOrThrow({ where: { id: aliceMembershipId } })).role).toBe('OWNER')
  })

  it('are indistinguishable from ids that do not exist', async () => {
    const missing = await expectAppError(getWorkspaceById({ actor: mallory, workspaceId: 'does-not-exist' }), 'NOT_FOUND')
    const foreign = await expectAppError(getWorkspaceById({ actor: mallory, workspaceId: alice.workspaceId }), 'NOT_FOUND')
    expect(foreign.message).toBe(missing.message)
    await expectAppError(getWorkspaceById({ actor: mallory, workspaceId: '' }), 'INVALID_INPUT')
    await expectAppError(getWorkspaceById({ actor: mallory, workspaceId: { not: 'a string' } }), 'INVALID_INPUT')
  })
})
