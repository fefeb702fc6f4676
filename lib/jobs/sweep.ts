import 'server-only'
import type PgBoss from 'pg-boss'

// Every queue here carries ids of rows (imports, snapshots, mail), and the row is the
// truth. A row is handed to the queue when it is written; one that was written while no
// queue ran, or handed to an instance that stopped, is handed over again by a sweep each
// minute (the queue's singleton key keeps it from running twice), and at start-up.
export async function startSweep<Row>(boss: PgBoss, sweepQueue: string, findUndispatched: (olderThanMs?: number) => Promise<Row[]>, send: (rows: Row[]) => Promise<void>): Promise<void> {
  await boss.createQueue(sweepQueue, { name: sweepQueue, retryLimit: 0 })
  await boss.schedule(sweepQueue, '* * * * *')
  await boss.work(sweepQueue, async () => send(await findUndispatched()))
  await send(await findUndispatched(0))
}
