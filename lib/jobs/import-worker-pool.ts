import 'server-only'
import { availableParallelism } from 'node:os'
import { getDb } from '@/lib/db/client'
import type { QueuedImport } from './import-jobs'

// Imports run side by side per instance (IMPORT_CONCURRENCY): by default one core is
// left to serve pages, so a queue of long reports never starves the readers.
export function importConcurrency(): number {
  const configured = Number(process.env.IMPORT_CONCURRENCY)
  if (Number.isInteger(configured) && configured > 0) return configured
  return Math.max(1, availableParallelism() - 1)
}

// Queued imports no worker took (written while no queue ran, or handed to an instance
// that stopped): each sweep hands them to the queue again. A job the queue already
// holds is not added twice (its singleton key), and one that ran is never run again.
export async function findUndispatchedImports(olderThanMs = 60_000): Promise<QueuedImport[]> {
  return getDb().importJob.findMany({
    where: { status: 'QUEUED', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true, priority: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  })
}
