// The job queue hands snapshots to its workers (lib/jobs/job-queue.ts sets this). On
// globalThis: Next.js loads instrumentation (which starts the queue) and the route
// handlers as separate module graphs. Without one, or if handing over fails, the
// snapshot stays PENDING until an instance's sweep picks it up.
type Dispatcher = (snapshotId: string) => Promise<void>
const globalForSnapshots = globalThis as unknown as { claimtrackSnapshotDispatcher?: Dispatcher }

export function setSnapshotDispatcher(dispatcher: Dispatcher | undefined): void {
  globalForSnapshots.claimtrackSnapshotDispatcher = dispatcher
}

export async function dispatchSnapshot(snapshotId: string): Promise<void> {
  await globalForSnapshots.claimtrackSnapshotDispatcher?.(snapshotId).catch((error: unknown) => console.error('[snapshots] could not hand the snapshot to the queue; the sweep will', error))
}
