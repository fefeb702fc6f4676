import 'server-only'
import type PgBoss from 'pg-boss'
import { getDb } from '@/lib/db/client'
import { runSnapshotJob } from '@/lib/snapshots/run-snapshot-job'
import { setSnapshotDispatcher } from '@/lib/snapshots/snapshot-dispatch'
import { startSweep } from './sweep'

const SNAPSHOT_QUEUE = 'source-snapshot'
const SNAPSHOT_SWEEP_QUEUE = 'source-snapshot-sweep'
// Like imports: only an unreachable database is retried; a lost lease retries a
// snapshot whose instance died.
const SNAPSHOT_RETRY = { retryLimit: 3, retryDelay: 15, retryBackoff: true, expireInSeconds: 300 }

// One snapshot at a time per instance: each reads its source in a child process, and
// imports (which people wait for) already take the other cores.
export async function startSnapshotWorkers(boss: PgBoss): Promise<void> {
  await boss.createQueue(SNAPSHOT_QUEUE, { name: SNAPSHOT_QUEUE, ...SNAPSHOT_RETRY })
  const worker = await boss.work<{ snapshotId: string }>(SNAPSHOT_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    await runSnapshotJob(job!.data.snapshotId, { isLastAttempt: job!.retryCount >= job!.retryLimit })
  })
  const send = async (snapshotIds: string[]) => {
    for (const snapshotId of snapshotIds) await boss.send(SNAPSHOT_QUEUE, { snapshotId }, { singletonKey: snapshotId })
    boss.notifyWorker(worker)
  }
  setSnapshotDispatcher((snapshotId) => send([snapshotId]))
  await startSweep(boss, SNAPSHOT_SWEEP_QUEUE, findUndispatchedSnapshots, send)
}

// Snapshots asked for while no queue ran, or handed to an instance that stopped.
async function findUndispatchedSnapshots(olderThanMs = 60_000): Promise<string[]> {
  const rows = await getDb().sourceSnapshot.findMany({
    where: { status: 'PENDING', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  })
  return rows.map((row) => row.id)
}
