import 'server-only'
import { getDb } from '@/lib/db/client'
import { getMigrationStatus } from '@/lib/db/migration-status'
import { isTransientDatabaseError } from '@/lib/db/unavailable'

export type Health =
  | { isHealthy: true; body: { db: 'ok'; migrations: 'current' } }
  | { isHealthy: false; body: { db: 'ok' | 'unavailable'; migrations: 'behind' | 'ahead' | 'unknown'; reason: string; pending?: string[] } }

// Healthy means: the database answers and has exactly the migrations this build ships.
export async function checkHealth(): Promise<Health> {
  try {
    const status = await getMigrationStatus(getDb())
    if (status.isCurrent) return { isHealthy: true, body: { db: 'ok', migrations: 'current' } }
    if (status.pending.length) {
      return { isHealthy: false, body: { db: 'ok', migrations: 'behind', pending: status.pending, reason: `${status.pending.length} migration(s) not applied: run npm run db:migrate` } }
    }
    return { isHealthy: false, body: { db: 'ok', migrations: 'ahead', reason: `The database has migrations this build does not know: ${status.unknown.join(', ')}` } }
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error
    return { isHealthy: false, body: { db: 'unavailable', migrations: 'unknown', reason: 'The database cannot be reached' } }
  }
}
