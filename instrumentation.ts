// Runs once as each app server starts (Next's instrumentation hook): the job queue
// that delivers mail runs inside every app instance; pg-boss shares the work out.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return
  const { startJobQueue } = await import('./lib/jobs/job-queue')
  // The app serves without mail rather than not at all; the queue's own errors are logged.
  await startJobQueue().catch((error: unknown) => console.error('[jobs] the job queue did not start; mail waits in the outbox', error))
}
