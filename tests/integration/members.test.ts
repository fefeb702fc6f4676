import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { changeMemberRole } from '@/lib/members/change-member-role'
import { findInvitations, findMembers } from '@/lib/members/find-members'
import { inviteMember } from '@/lib/members/invite-member'
import { removeMember } from '@/lib/members/remove-member'
import { revokeInvitation } from '@/lib/members/revoke-invitation'
import { signUp } from '@/lib/users/sign-up'
import { expectAppError } from '../support/app-error'
import { addMember } from '../support/members'
import { createUser, uniqueEmail } from '../support/users'

async function teamOf(...roles: ('EDITOR' | 'REVIEWER' | 'VIEWER')[]) {
  const owner = await createUser('owner')
  const members = []
  for (const role of roles) {
    const user = await createUser(role.toLowerCase())
    const added = await addMember({ actor: owner, workspaceId: owner.workspaceId, email: user.email, role })
    members.push({ ...user, membershipId: added.id })
  }
  return { owner, members, workspaceId: owner.workspaceId }
}

describe('inviteMember', () => {
  it('invites existing and unknown addresses alike: no one joins without accepting', async () => {
    const { owner, members, workspaceId } = await teamOf('EDITOR')
    const existing = await createUser('existing')
    const pendingEmail = uniqueEmail('pending')
    const invited = await inviteMember({ actor: owner, workspaceId, email: pendingEmail, role: 'VIEWER' })
    expect(invited).toMatchObject({ kind: 'invitation', email: pendingEmail, role: 'VIEWER' })
    await inviteMember({ actor: owner, workspaceId, email: existing.email, role: 'REVIEWER' })
    expect(await getDb().membership.count({ where: { workspaceId, userId: existing.id } })).toBe(0)
    const { members: rows } = await findMembers({ actor: owner, workspaceId })
    const { invitations } = await findInvitations({ actor: owner, workspaceId })
    expect(rows.map((row) => [row.user.email, row.role])).toEqual([
      [owner.email, 'OWNER'],
      [members[0]!.email, 'EDITOR'],
    ])
    expect(invitations.map((row) => row.email)).toEqual([pendingEmail, existing.email])
    expect(await getDb().mailMessage.count({ where: { workspaceId, kind: 'invitation', to: { in: [pendingEmail, existing.email] } } })).toBe(2)
  })

  it('shows pending invitations only to those who manage members', async () => {
    const { owner, members, workspaceId } = await teamOf('EDITOR', 'REVIEWER', 'VIEWER')
    await inviteMember({ actor: owner, workspaceId, email: uniqueEmail('secret'), role: 'EDITOR' })
    expect((await findInvitations({ actor: owner, workspaceId })).invitations).toHaveLength(1)
    for (const member of members) expect((await findInvitations({ actor: member, workspaceId })).invitations).toEqual([])
  })

  it('refuses duplicates, bad roles and bad emails with a clear message', async () => {
    const { owner, members, workspaceId } = await teamOf('VIEWER')
    const already = await expectAppError(inviteMember({ actor: owner, workspaceId, email: members[0]!.email, role: 'EDITOR' }), 'CONFLICT')
    expect(already.message).toBe(`${members[0]!.email} is already a member of this workspace`)
    const email = uniqueEmail('twice')
    await inviteMember({ actor: owner, workspaceId, email, role: 'VIEWER' })
    expect((await expectAppError(inviteMember({ actor: owner, workspaceId, email, role: 'VIEWER' }), 'CONFLICT')).message).toContain('Resend')
    expect((await expectAppError(inviteMember({ actor: owner, workspaceId, email: uniqueEmail(), role: 'ADMIN' }), 'INVALID_INPUT')).fields[0]?.field).toBe('role')
    expect((await expectAppError(inviteMember({ actor: owner, workspaceId, email: 'nope', role: 'VIEWER' }), 'INVALID_INPUT')).fields[0]?.field).toBe('email')
  })

  it('is for owners only', async () => {
    const { members, workspaceId } = await teamOf('EDITOR', 'REVIEWER', 'VIEWER')
    for (const member of members) {
      await expectAppError(inviteMember({ actor: member, workspaceId, email: uniqueEmail(), role: 'VIEWER' }), 'FORBIDDEN')
    }
    expect(await getDb().invitation.count({ where: { workspaceId, acceptedAt: null } })).toBe(0)
  })
})

describe('changeMemberRole and removeMember', () => {
  it('changes a role and removes a member, recording before and after', async () => {
    const { owner, members, workspaceId } = await teamOf('VIEWER')
    const [viewer] = members
    await changeMemberRole({ actor: owner, workspaceId, membershipId: viewer!.membershipId, role: 'EDITOR' })
    const changed = await getDb().activityEvent.findFirstOrThrow({ where: { workspaceId, action: 'member.roleChanged' } })
    expect([changed.before, changed.after]).toEqual([{ role: 'VIEWER' }, { role: 'EDITOR' }])
    await removeMember({ actor: owner, workspaceId, membershipId: viewer!.membershipId })
    expect(await getDb().membership.count({ where: { workspaceId } })).toBe(1)
    await expectAppError(findMembers({ actor: viewer!, workspaceId }), 'NOT_FOUND')
  })

  it('always keeps one owner', async () => {
    const { owner, workspaceId } = await teamOf()
    const own = await getDb().membership.findFirstOrThrow({ where: { workspaceId, userId: owner.id } })
    expect((await expectAppError(changeMemberRole({ actor: owner, workspaceId, membershipId: own.id, role: 'VIEWER' }), 'CONFLICT')).message).toContain('last owner')
    await expectAppError(removeMember({ actor: owner, workspaceId, membershipId: own.id }), 'CONFLICT')
    expect((await getDb().membership.findUniqueOrThrow({ where: { id: own.id } })).role).toBe('OWNER')
  })

  it('lets a second owner step down', async () => {
    const { owner, members, workspaceId } = await teamOf('EDITOR')
    await changeMemberRole({ actor: owner, workspaceId, membershipId: members[0]!.membershipId, role: 'OWNER' })
    const own = await getDb().membership.findFirstOrThrow({ where: { workspaceId, userId: owner.id } })
    await changeMemberRole({ actor: owner, workspaceId, membershipId: own.id, role: 'VIEWER' })
    expect((await getDb().membership.findUniqueOrThrow({ where: { id: own.id } })).role).toBe('VIEWER')
  })

  it('is for owners only', async () => {
    const { members, workspaceId } = await teamOf('EDITOR', 'VIEWER')
    const [editor, viewer] = members
    await expectAppError(changeMemberRole({ actor: editor!, workspaceId, membershipId: viewer!.membershipId, role: 'OWNER' }), 'FORBIDDEN')
    await expectAppError(removeMember({ actor: editor!, workspaceId, membershipId: viewer!.membershipId }), 'FORBIDDEN')
    expect((await getDb().membership.findUniqueOrThrow({ where: { id: viewer!.membershipId } })).role).toBe('VIEWER')
  })
})

describe('revokeInvitation', () => {
  it('withdraws a pending invitation, so signing up later joins nothing', async () => {
    const { owner, members, workspaceId } = await teamOf('EDITOR')
    const email = uniqueEmail('withdrawn')
    const invited = await inviteMember({ actor: owner, workspaceId, email, role: 'VIEWER' })
    await expectAppError(revokeInvitation({ actor: members[0]!, workspaceId, invitationId: invited.id }), 'FORBIDDEN')
    await revokeInvitation({ actor: owner, workspaceId, invitationId: invited.id })
    await expectAppError(revokeInvitation({ actor: owner, workspaceId, invitationId: invited.id }), 'NOT_FOUND')
    expect((await findInvitations({ actor: owner, workspaceId })).invitations).toEqual([])
    await signUp({ email, password: 'correct horse battery' })
    const late = await getDb().user.findUniqueOrThrow({ where: { email } })
    expect(await getDb().membership.count({ where: { workspaceId, userId: late.id } })).toBe(0)
  })
})
