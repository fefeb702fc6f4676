import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { inviteMember } from '@/lib/members/invite-member'
import { signInWithOAuth } from '@/lib/users/sign-in-with-oauth'
import { signUp } from '@/lib/users/sign-up'
import { verifyCredentials } from '@/lib/users/verify-credentials'
import { expectAppError } from '../support/app-error'
import { createUser, uniqueEmail } from '../support/users'

const PASSWORD = 'correct horse battery'

describe('signUp', () => {
  it('creates the user, a personal workspace they own, and an activity row', async () => {
    const email = uniqueEmail('new')
    const actor = await signUp({ email: `  ${email.toUpperCase()} `, password: PASSWORD, name: 'Ada' })
    expect(actor).toEqual({ id: expect.any(String), email, name: 'Ada' })
    const memberships = await getDb().membership.findMany({ where: { userId: actor.id }, include: { workspace: true } })
    expect(memberships).toHaveLength(1)
    expect(memberships[0]).toMatchObject({ role: 'OWNER', workspace: { isPersonal: true, name: "Ada's workspace" } })
    const events = await getDb().activityEvent.findMany({ where: { actorId: actor.id } })
    expect(events.map((event) => event.action)).toEqual(['user.signedUp'])
  })

  it('refuses a duplicate email, in any letter case, and writes nothing', async () => {
    const email = uniqueEmail('dup')
    await signUp({ email, password: PASSWORD })
    const [users, workspaces] = [await getDb().user.count(), await getDb().workspace.count()]
    const error = await expectAppError(signUp({ email: email.toUpperCase(), password: PASSWORD }), 'CONFLICT')
    expect(error.message).toBe('An account with this email already exists. Sign in instead.')
    expect(error.fields).toEqual([{ field: 'email', message: 'is already registered' }])
    expect([await getDb().user.count(), await getDb().workspace.count()]).toEqual([users, workspaces])
  })

  it('names the field for a malformed email, a short or missing password', async () => {
    expect((await expectAppError(signUp({ email: 'not-an-email', password: PASSWORD }), 'INVALID_INPUT')).fields).toEqual([
      { field: 'email', message: 'is not a valid email address' },
    ])
    expect((await expectAppError(signUp({ email: uniqueEmail(), password: 'short' }), 'INVALID_INPUT')).fields).toEqual([
      { field: 'password', message: 'must be at least 8 characters' },
    ])
    expect((await expectAppError(signUp({ email: uniqueEmail() }), 'INVALID_INPUT')).fields[0]?.field).toBe('password')
    expect((await expectAppError(signUp({ email: uniqueEmail(), password: 'x'.repeat(201) }), 'INVALID_INPUT')).message).toContain('at most 200')
  })

  it('turns pending invitations into memberships', async () => {
    const owner = await createUser('owner')
    const email = uniqueEmail('invitee')
    await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'REVIEWER' })
    const invitee = await signUp({ email, password: PASSWORD })
    const membership = await getDb().membership.findUnique({ where: { workspaceId_userId: { workspaceId: owner.workspaceId, userId: invitee.id } } })
    expect(membership?.role).toBe('REVIEWER')
    const invitation = await getDb().invitation.findFirstOrThrow({ where: { email } })
    expect(invitation.acceptedAt).toBeInstanceOf(Date)
  })
})

describe('verifyCredentials', () => {
  it('accepts the right password and refuses a wrong one or an unknown email', async () => {
    const email = uniqueEmail('signin')
    const actor = await signUp({ email, password: PASSWORD })
    expect(await verifyCredentials({ email: email.toUpperCase(), password: PASSWORD })).toEqual(actor)
    expect(await verifyCredentials({ email, password: 'wrong password' })).toBeNull()
    expect(await verifyCredentials({ email: uniqueEmail('nobody'), password: PASSWORD })).toBeNull()
    expect(await verifyCredentials({ email })).toBeNull()
  })

  it('never lets the password hash leave the data layer by default', async () => {
    const { id } = await createUser('secret')
    const user = await getDb().user.findUniqueOrThrow({ where: { id } })
    expect(user).not.toHaveProperty('passwordHash')
    const stored = await getDb().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/)
  })
})

describe('signInWithOAuth', () => {
  it('creates an account for a new email, and links an existing one only when the provider verified the email', async () => {
    const fresh = await signInWithOAuth({ provider: 'github', providerAccountId: 'gh-1', email: uniqueEmail('oauth'), name: 'Octo', isEmailVerified: false })
    expect(await getDb().account.count({ where: { userId: fresh.id } })).toBe(1)
    // The same identity signs in again as the same user.
    expect((await signInWithOAuth({ provider: 'github', providerAccountId: 'gh-1', email: fresh.email, name: 'Octo', isEmailVerified: false })).id).toBe(fresh.id)

    const owner = await createUser('password-owner')
    const takeover = signInWithOAuth({ provider: 'github', providerAccountId: 'gh-2', email: owner.email, name: 'Mallory', isEmailVerified: false })
    expect((await expectAppError(takeover, 'CONFLICT')).message).toContain('Sign in with your password')
    expect(await getDb().account.count({ where: { userId: owner.id } })).toBe(0)
    const linked = await signInWithOAuth({ provider: 'google', providerAccountId: 'g-1', email: owner.email, name: 'Owner', isEmailVerified: true })
    expect(linked.id).toBe(owner.id)
  })
})
