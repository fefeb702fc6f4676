import 'server-only'
import { getDb } from '@/lib/db/client'
import { isTransientDatabaseError } from '@/lib/db/unavailable'

// One trivial round trip (`SELECT 1`), uncached: a liveness probe for load balancers,
// and the ceiling bench:review compares every other route with.
export async function pingDatabase(): Promise<boolean> {
  try {
    await getDb().$queryRaw`SELECT 1`
    return true
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error
    return false
  }
}
