import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { inviteMember } from '@/lib/members/invite-member'
import { loadActor } from '@/lib/auth/load-actor'
import { changePassword, signOutEverywhere } from '@/lib/users/change-password'
import { confirmEmailChange, requestEmailChange } from '@/lib/users/change-email'
import { confirmEmailAddress, resendVerificationMail } from '@/lib/users/confirm-email-address'
import { requestPasswordReset, resetPassword } from '@/lib/users/reset-password'
import { signInWithOAuth } from '@/lib/users/sign-in-with-oauth'
import { signUp } from '@/lib/users/sign-up'
import { verifyCredentials } from '@/lib/users/verify-credentials'
import { expectAppError } from '../support/app-error'
import { deliverMailTo, linkTokenFor, verifyAddressByMail } from '../support/mailbox'
import { TEST_PASSWORD as PASSWORD, createUser, uniqueEmail } from '../support/users'


async function userByEmail(email: string) {
  return getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, emailVerifiedAt: true, sessionVersion: true } })
}

describe('signUp', () => {
  it('creates an unverified user, a personal workspace they own, an activity row and a verification mail', async () => {
    const email = uniqueEmail('new')
    await expect(signUp({ email: `  ${email.toUpperCase()} `, password: PASSWORD, name: 'Ada' })).resolves.toBeUndefined()
    const actor = await userByEmail(email)
    expect(actor).toMatchObject({ email, name: 'Ada', emailVerifiedAt: null })
    const memberships = await getDb().membership.findMany({ where: { userId: actor.id }, include: { workspace: true } })
    expect(memberships).toHaveLength(1)
    expect(memberships[0]).toMatchObject({ role: 'OWNER', workspace: { isPersonal: true, name: "Ada's workspace" } })
    const events = await getDb().activityEvent.findMany({ where: { actorId: actor.id } })
    expect(events.map((event) => event.action)).toEqual(['user.signedUp'])
    const [mail] = await deliverMailTo(email)
    expect(mail!.subject).toBe('Confirm your email address for Claimtrack')
    expect(mail!.text).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]{43}/)
  })

  it('answers a taken address exactly as a new one, changes nothing, and tells the mailbox', async () => {
    const email = uniqueEmail('dup')
    await signUp({ email, password: PASSWORD })
    await deliverMailTo(email)
    const [users, workspaces] = [await getDb().user.count(), await getDb().workspace.count()]
    await expect(signUp({ email: email.toUpperCase(), password: 'another password' })).resolves.toBeUndefined()
    expect([await getDb().user.count(), await getDb().workspace.count()]).toEqual([users, workspaces])
    const [mail] = await deliverMailTo(email)
    expect(mail!.subject).toBe('You already have a Claimtrack account')
    // The original password still signs in; the attempt changed nothing.
    expect(await verifyCredentials({ email, password: PASSWORD })).not.toBeNull()
  })

  it('takes about the same time for a taken address as for a new one', async () => {
    const taken = uniqueEmail('timing')
    await signUp({ email: taken, password: PASSWORD })
    const time = async (email: string) => {
      const started = performance.now()
      await signUp({ email, password: PASSWORD })
      return performance.now() - started
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await time(taken))
      unknown.push(await time(uniqueEmail('timing')))
    }
    // Both hash the password (tens of ms); what differs is a few row writes.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(Math.max(median(unknown) * 0.5, 25))
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

  it('never turns a pending invitation into a membership (the takeover of an invited address)', async () => {
    const owner = await createUser('owner')
    const email = uniqueEmail('victim')
    await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'EDITOR' })
    await signUp({ email, password: 'attacker password' })
    const impostor = await userByEmail(email)
    expect(await getDb().membership.count({ where: { workspaceId: owner.workspaceId, userId: impostor.id } })).toBe(0)
    expect((await getDb().invitation.findFirstOrThrow({ where: { email } })).acceptedAt).toBeNull()
  })
})

describe('email verification', () => {
  it('confirms the address once; a reused, tampered or expired link says which', async () => {
    const user = await createUser('verify')
    const token = await linkTokenFor(user.email, '/verify-email?token=')
    await expect(confirmEmailAddress({ token, actor: null })).resolves.toEqual({ email: user.email })
    expect((await userByEmail(user.email)).emailVerifiedAt).toBeInstanceOf(Date)
    expect((await expectAppError(confirmEmailAddress({ token, actor: null }), 'CONFLICT')).details).toEqual({ problem: 'used' })
    expect((await expectAppError(confirmEmailAddress({ token: tampered(token), actor: null }), 'NOT_FOUND')).details).toEqual({ problem: 'invalid' })
    expect((await expectAppError(confirmEmailAddress({ token: 'junk', actor: null }), 'NOT_FOUND')).details).toEqual({ problem: 'invalid' })

    const late = await createUser('late')
    const lateToken = await linkTokenFor(late.email, '/verify-email?token=')
    await getDb().emailToken.updateMany({ where: { userId: late.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect((await expectAppError(confirmEmailAddress({ token: lateToken, actor: null }), 'CONFLICT')).details).toEqual({ problem: 'expired' })
    expect((await userByEmail(late.email)).emailVerifiedAt).toBeNull()
  })

  it("refuses someone else's link to a signed-in user and keeps it usable for its owner", async () => {
    const owner = await createUser('owner')
    const other = await createUser('other')
    const token = await linkTokenFor(owner.email, '/verify-email?token=')
    expect((await expectAppError(confirmEmailAddress({ token, actor: other }), 'FORBIDDEN')).details).toEqual({ problem: 'other-account' })
    await confirmEmailAddress({ token, actor: owner })
  })

  it('stores only hashes of tokens, and a resend makes the earlier link stop working', async () => {
    const user = await createUser('hash')
    const first = await linkTokenFor(user.email, '/verify-email?token=')
    const rows = await getDb().emailToken.findMany({ where: { userId: user.id } })
    expect(rows.map((row) => row.tokenHash)).not.toContain(first)
    expect(JSON.stringify(await getDb().mailMessage.findMany({ where: { to: user.email } }))).not.toContain(first)
    await resendVerificationMail({ actor: user })
    const second = await linkTokenFor(user.email, '/verify-email?token=')
    expect(second).not.toBe(first)
    await expectAppError(confirmEmailAddress({ token: first, actor: null }), 'CONFLICT')
    await confirmEmailAddress({ token: second, actor: null })
    await expectAppError(resendVerificationMail({ actor: user }), 'CONFLICT')
  })
})

describe('password reset', () => {
  it('answers the same for unknown addresses, mailing what happened', async () => {
    const nobody = uniqueEmail('nobody')
    await expect(requestPasswordReset({ email: nobody })).resolves.toBeUndefined()
    expect((await deliverMailTo(nobody))[0]!.subject).toBe('Password reset for Claimtrack')
  })

  it('sets a new password with a single-use link, ends every session and proves the address', async () => {
    const user = await createUser('reset')
    const before = (await userByEmail(user.email)).sessionVersion
    await requestPasswordReset({ email: user.email })
    const mails = await deliverMailTo(user.email)
    const reset = mails.find((mail) => mail.subject === 'Reset your Claimtrack password')!
    const token = reset.text.match(/reset-password\?token=([A-Za-z0-9_-]{43})/)![1]!
    await resetPassword({ token, password: 'a brand new password' })
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toBeNull()
    expect(await verifyCredentials({ email: user.email, password: 'a brand new password' })).not.toBeNull()
    const after = await userByEmail(user.email)
    expect(after.sessionVersion).toBe(before + 1)
    expect(after.emailVerifiedAt).toBeInstanceOf(Date)
    expect(await loadActor(user.id, { sessionVersion: before })).toBeNull()
    expect((await expectAppError(resetPassword({ token, password: 'yet another password' }), 'CONFLICT')).details).toEqual({ problem: 'used' })
    expect((await expectAppError(resetPassword({ token, password: 'short' }), 'INVALID_INPUT')).fields[0]?.field).toBe('password')
  })
})

describe('changing the password, the address, and signing out everywhere', () => {
  it('a new password needs the current one and ends every other session', async () => {
    const user = await createUser('change')
    await expectAppError(changePassword({ actor: user, currentPassword: 'wrong', newPassword: 'a new password!' }), 'INVALID_INPUT')
    const { sessionVersion } = await changePassword({ actor: user, currentPassword: PASSWORD, newPassword: 'a new password!' })
    expect(await loadActor(user.id, { sessionVersion: sessionVersion - 1 })).toBeNull()
    expect(await loadActor(user.id, { sessionVersion })).not.toBeNull()
    expect(await verifyCredentials({ email: user.email, password: 'a new password!' })).not.toBeNull()
  })

  it('signing out everywhere ends every session', async () => {
    const user = await createUser('everywhere')
    const { sessionVersion } = await userByEmail(user.email)
    await signOutEverywhere({ actor: user })
    expect(await loadActor(user.id, { sessionVersion })).toBeNull()
  })

  it('moves to a new address only once the new mailbox confirms it', async () => {
    const user = await createUser('mover')
    const next = uniqueEmail('moved')
    await expectAppError(requestEmailChange({ actor: user, email: next, currentPassword: 'wrong' }), 'INVALID_INPUT')
    await requestEmailChange({ actor: user, email: next, currentPassword: PASSWORD })
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email)
    const token = await linkTokenFor(next, '/confirm-email?token=')
    await expect(confirmEmailChange({ token, actor: null })).resolves.toEqual({ email: next })
    const moved = await getDb().user.findUniqueOrThrow({ where: { id: user.id } })
    expect(moved).toMatchObject({ email: next, emailVerifiedAt: expect.any(Date) })
  })

  it('does not reveal that the new address is taken, except to its own mailbox', async () => {
    const user = await createUser('mover')
    const other = await createUser('taken')
    await expect(requestEmailChange({ actor: user, email: other.email, currentPassword: PASSWORD })).resolves.toBeUndefined()
    const mails = await deliverMailTo(other.email)
    expect(mails.at(-1)!.subject).toBe('You already have a Claimtrack account')
  })
})

describe('verifyCredentials', () => {
  it('accepts the right password and refuses a wrong one or an unknown email', async () => {
    const { id, email, name } = await createUser('signin')
    expect(await verifyCredentials({ email: email.toUpperCase(), password: PASSWORD })).toEqual({ id, email, name })
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
  it('creates an account for a new email, verified when the provider vouches for it', async () => {
    const fresh = await signInWithOAuth({ provider: 'github', providerAccountId: `gh-${Math.random()}`, email: uniqueEmail('oauth'), name: 'Octo', isEmailVerified: false })
    expect(await getDb().account.count({ where: { userId: fresh.id } })).toBe(1)
    expect((await userByEmail(fresh.email)).emailVerifiedAt).toBeNull()
    const vouched = await signInWithOAuth({ provider: 'google', providerAccountId: `g-${Math.random()}`, email: uniqueEmail('google'), name: 'G', isEmailVerified: true })
    expect((await userByEmail(vouched.email)).emailVerifiedAt).toBeInstanceOf(Date)
  })

  it('signs the same identity in as the same user', async () => {
    const id = `gh-${Math.random()}`
    const fresh = await signInWithOAuth({ provider: 'github', providerAccountId: id, email: uniqueEmail('oauth'), name: 'Octo', isEmailVerified: false })
    expect((await signInWithOAuth({ provider: 'github', providerAccountId: id, email: fresh.email, name: 'Octo', isEmailVerified: false })).id).toBe(fresh.id)
  })

  it('never links the real owner to an account someone made with their address (the pre-account attack)', async () => {
    const impostor = await createUser('impostor') // a password account whose address was never proven
    for (const isEmailVerified of [false, true]) {
      const attempt = signInWithOAuth({ provider: 'google', providerAccountId: `g-${Math.random()}`, email: impostor.email, name: 'Real owner', isEmailVerified })
      expect((await expectAppError(attempt, 'CONFLICT')).details).toEqual({ problem: 'link-required' })
    }
    expect(await getDb().account.count({ where: { userId: impostor.id } })).toBe(0)
  })

  it('links to a verified account only when the provider vouches for the address', async () => {
    const owner = await createUser('owner')
    await verifyAddressByMail(owner)
    await expectAppError(signInWithOAuth({ provider: 'github', providerAccountId: `gh-${Math.random()}`, email: owner.email, name: 'M', isEmailVerified: false }), 'CONFLICT')
    const linked = await signInWithOAuth({ provider: 'google', providerAccountId: `g-${Math.random()}`, email: owner.email, name: 'Owner', isEmailVerified: true })
    expect(linked.id).toBe(owner.id)
  })

  it('links from the account page only for a verified signed-in user', async () => {
    const user = await createUser('linker')
    const link = () => signInWithOAuth({ provider: 'github', providerAccountId: `gh-${Math.random()}`, email: uniqueEmail('elsewhere'), name: 'L', isEmailVerified: false, signedInUserId: user.id })
    expect((await expectAppError(link(), 'FORBIDDEN')).details).toEqual({ problem: 'verify-first' })
    await verifyAddressByMail(user)
    expect((await link()).id).toBe(user.id)
  })
})

// One character changed in the middle (the last one of a base64url token may carry
// only padding bits, and may already be the replacement).
function tampered(token: string): string {
  return `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`
}
