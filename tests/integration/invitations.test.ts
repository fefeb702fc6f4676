import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { acceptInvitation } from '@/lib/members/accept-invitation'
import { findInvitationByToken } from '@/lib/members/find-invitation-by-token'
import { inviteMember } from '@/lib/members/invite-member'
import { resendInvitation } from '@/lib/members/resend-invitation'
import { revokeInvitation } from '@/lib/members/revoke-invitation'
import { expectAppError } from '../support/app-error'
import { linkTokenFor, verifyAddressByMail } from '../support/mailbox'
import { createUser, uniqueEmail } from '../support/users'

async function invited(role: 'EDITOR' | 'VIEWER' = 'EDITOR') {
  const owner = await createUser('owner')
  const invitee = await createUser('invitee')
  const invitation = await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email: invitee.email, role })
  return { owner, invitee, invitation, workspaceId: owner.workspaceId }
}

const membershipOf = (workspaceId: string, userId: string) => getDb().membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } })

describe('accepting an invitation', () => {
  it('makes the verified owner of the invited address a member, once', async () => {
    const { invitee, workspaceId } = await invited('EDITOR')
    await verifyAddressByMail(invitee)
    const token = await linkTokenFor(invitee.email, '/invitations/')
    const shown = await findInvitationByToken(getDb(), token)
    expect(shown).toMatchObject({ email: invitee.email, role: 'EDITOR', workspace: { name: "owner's workspace" } })
    await expect(acceptInvitation({ actor: invitee, token })).resolves.toMatchObject({ workspaceId, role: 'EDITOR' })
    expect((await membershipOf(workspaceId, invitee.id))?.role).toBe('EDITOR')
    expect((await expectAppError(acceptInvitation({ actor: invitee, token }), 'CONFLICT')).details).toEqual({ problem: 'used' })
    const events = await getDb().activityEvent.findMany({ where: { workspaceId, action: 'invitation.accepted' } })
    expect(events).toHaveLength(1)
  })

  it('refuses an account whose address is not confirmed yet, and lets it in once confirmed', async () => {
    const { invitee, workspaceId } = await invited()
    const token = await linkTokenFor(invitee.email, '/invitations/')
    expect((await expectAppError(acceptInvitation({ actor: invitee, token }), 'FORBIDDEN')).details).toEqual({ problem: 'unverified' })
    expect(await membershipOf(workspaceId, invitee.id)).toBeNull()
    await verifyAddressByMail(invitee)
    await acceptInvitation({ actor: invitee, token })
    expect(await membershipOf(workspaceId, invitee.id)).not.toBeNull()
  })

  it("refuses a link that was sent to someone else's address, even to a verified account", async () => {
    const { invitee, workspaceId } = await invited()
    const mallory = await createUser('mallory')
    await verifyAddressByMail(mallory)
    const token = await linkTokenFor(invitee.email, '/invitations/')
    expect((await expectAppError(acceptInvitation({ actor: mallory, token }), 'FORBIDDEN')).details).toEqual({ problem: 'other-account' })
    expect(await membershipOf(workspaceId, mallory.id)).toBeNull()
  })

  it('says whether a link is tampered with, expired or revoked', async () => {
    const { owner, invitee, invitation, workspaceId } = await invited()
    await verifyAddressByMail(invitee)
    const token = await linkTokenFor(invitee.email, '/invitations/')
    expect((await expectAppError(acceptInvitation({ actor: invitee, token: `${token.slice(0, -2)}xx` }), 'NOT_FOUND')).details).toEqual({ problem: 'invalid' })
    expect((await expectAppError(acceptInvitation({ actor: invitee, token: '../../etc' }), 'NOT_FOUND')).details).toEqual({ problem: 'invalid' })
    await getDb().invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const expired = await expectAppError(acceptInvitation({ actor: invitee, token }), 'CONFLICT')
    expect(expired).toMatchObject({ details: { problem: 'expired' }, message: expect.stringContaining('resend') })
    await revokeInvitation({ actor: owner, workspaceId, invitationId: invitation.id })
    expect((await expectAppError(acceptInvitation({ actor: invitee, token }), 'CONFLICT')).message).toContain('withdrawn')
    expect(await membershipOf(workspaceId, invitee.id)).toBeNull()
  })

  it('a resend extends the invitation and only the newest link works', async () => {
    const { owner, invitee, invitation, workspaceId } = await invited()
    await verifyAddressByMail(invitee)
    const first = await linkTokenFor(invitee.email, '/invitations/')
    await getDb().invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const resent = await resendInvitation({ actor: owner, workspaceId, invitationId: invitation.id })
    expect(resent.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000)
    const second = await linkTokenFor(invitee.email, '/invitations/')
    expect(second).not.toBe(first)
    await expectAppError(acceptInvitation({ actor: invitee, token: first }), 'NOT_FOUND')
    await acceptInvitation({ actor: invitee, token: second })
    await expectAppError(resendInvitation({ actor: owner, workspaceId, invitationId: invitation.id }), 'NOT_FOUND')
  })

  it('is resent and revoked by owners only', async () => {
    const { owner, invitation, workspaceId } = await invited()
    const viewer = await createUser('viewer')
    const { addMember } = await import('../support/members')
    await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
    await expectAppError(resendInvitation({ actor: viewer, workspaceId, invitationId: invitation.id }), 'FORBIDDEN')
    const outsider = await createUser('outsider')
    await expectAppError(resendInvitation({ actor: outsider, workspaceId, invitationId: invitation.id }), 'NOT_FOUND')
  })

  it('mails nothing for an invitation revoked before its mail went out', async () => {
    const owner = await createUser('owner')
    const email = uniqueEmail('never')
    const invitation = await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'VIEWER' })
    await revokeInvitation({ actor: owner, workspaceId: owner.workspaceId, invitationId: invitation.id })
    await expect(linkTokenFor(email, '/invitations/')).rejects.toThrow(/no \/invitations\/ link/)
    expect((await getDb().mailMessage.findFirstOrThrow({ where: { to: email } })).status).toBe('FAILED')
  })
})
