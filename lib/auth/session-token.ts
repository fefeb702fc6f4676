import 'server-only'
import { hkdfSync, randomUUID } from 'node:crypto'
import { EncryptJWT, jwtDecrypt } from 'jose'
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt'

// next-auth's session-cookie format (a JWE, "dir" + A256GCM, with a key derived from
// NEXTAUTH_SECRET by HKDF), with the derived key kept: next-auth derives it again, on
// the thread pool, for every request it decodes, which cost more than the decryption.
// Cookies written by either implementation read with the other.
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60
const derivedKeys = new Map<string, Uint8Array>()

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`
  let key = derivedKeys.get(id)
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`
    key = new Uint8Array(hkdfSync('sha256', secret, salt, info, 32))
    derivedKeys.set(id, key)
  }
  return key
}

// next-auth's cookie names: plain over http, __Secure- over https.
export const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_SECONDS, salt = '' }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt))
}

export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 })
  return payload as JWT
}

// The session version a cookie was issued under (lib/auth/load-actor.ts). Cookies from
// before versions existed count as the first.
export function sessionVersionOf(payload: JWT): number {
  return typeof payload.sv === 'number' ? payload.sv : 1
}
