import { decode, encode } from 'next-auth/jwt'
import { describe, expect, it } from 'vitest'
import { decodeSessionToken, encodeSessionToken } from '@/lib/auth/session-token'

const secret = 'test-secret-0123456789abcdef'

describe('session token', () => {
  it('reads cookies next-auth wrote, and next-auth reads ours', async () => {
    const theirs = await encode({ token: { sub: 'user-1', name: 'Ada' }, secret })
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject({ sub: 'user-1', name: 'Ada' })
    const ours = await encodeSessionToken({ token: { sub: 'user-2' }, secret })
    expect(await decode({ token: ours, secret })).toMatchObject({ sub: 'user-2' })
  })

  it('keys differ by salt, as in next-auth', async () => {
    const salted = await encode({ token: { sub: 'user-1' }, secret, salt: 'other' })
    expect(await decodeSessionToken({ token: salted, secret, salt: 'other' })).toMatchObject({ sub: 'user-1' })
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow()
  })

  it('refuses another secret, a tampered token and an expired one', async () => {
    const token = await encodeSessionToken({ token: { sub: 'user-1' }, secret })
    await expect(decodeSessionToken({ token, secret: 'another-secret-0123456789' })).rejects.toThrow()
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    await expect(decodeSessionToken({ token: tampered, secret })).rejects.toThrow()
    const expired = await encodeSessionToken({ token: { sub: 'user-1' }, secret, maxAge: -60 })
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/)
  })

  it('no token is no session', async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull()
  })
})
