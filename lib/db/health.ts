import 'server-only'
import { getDb } from './client'
import { isTransientDatabaseError } from './unavailable'

const CACHE_MS = 1_000
let lastCheck: { at: number; isUp: boolean } | undefined

// Whether the database answers. Pages ask on every render, so the answer is kept for
// a second; once Postgres is back, the next check after that sees it.
export async function isDatabaseUp(): Promise<boolean> {
  if (lastCheck && Date.now() - lastCheck.at < CACHE_MS) return lastCheck.isUp
  let isUp = true
  try {
    await getDb().$queryRaw`SELECT 1`
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error
    isUp = false
  }
  lastCheck = { at: Date.now(), isUp }
  return isUp
}
