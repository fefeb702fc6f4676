import 'server-only'
import type { Tx } from '@/lib/db/client'

// A report reads every claim of up to 50 documents (20,000 and more) and their ratings,
// evidence and history: that takes seconds, past Prisma's default 5 s interactive
// timeout, which is sized for a short write. The reads must agree with each other (the
// summary, the figures and the hash describe one state), so they share one REPEATABLE
// READ snapshot rather than pages read outside a transaction; the snapshot is READ
// ONLY, so holding it long blocks no writer, and its time is capped, because an open
// snapshot keeps VACUUM from clearing rows updated since it began.
export const READ_SNAPSHOT = { isolationLevel: 'RepeatableRead', timeout: 10 * 60_000, maxWait: 10_000 } as const

// The first statement of the transaction: Postgres only accepts it before any read.
export async function beginReadOnly(tx: Tx): Promise<void> {
  await tx.$executeRaw`SET TRANSACTION READ ONLY`
}
