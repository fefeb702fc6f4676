import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const DATA_DIR = path.resolve(process.env.CLAIMTRACK_DATA_DIR ?? '.data')

// next-auth signs session cookies with NEXTAUTH_SECRET. Without one, a random secret
// is made once and kept in the data folder, so sessions survive restarts.
export async function ensureAuthSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET
  const file = path.join(DATA_DIR, 'auth-secret')
  const existing = await readFile(file, 'utf8').catch(() => '')
  if (existing.trim()) return existing.trim()
  const secret = randomBytes(32).toString('base64url')
  await mkdir(DATA_DIR, { recursive: true })
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}

export function readPort(): number {
  const port = Number(process.env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`PORT must be a number between 1 and 65535, got "${process.env.PORT}"`)
  return port
}
