import 'server-only'
import PgBoss from 'pg-boss'
import { parseDatabaseUrl } from '@/lib/db/database-url'
import { setMailDispatcher } from '@/lib/mail/dispatch-mail'
import { deliverMail, findUndispatchedMail } from './deliver-mail'
import { setImportDispatcher, type QueuedImport } from './import-jobs'
import { jobSchemaFor } from './job-schema'
import { findUndispatchedImports, importConcurrency } from './import-worker-pool'
import { runImportJob } from './run-import-job'
import { startSnapshotWorkers } from './snapshot-jobs'
import { startSweep } from './sweep'
import { setSnapshotDispatcher } from '@/lib/snapshots/snapshot-dispatch'

// The job queue: pg-boss on the app's own Postgres, so the embedded default and a
// team's server behave alike, and any number of app instances share one queue (each
// job runs once, on whichever instance fetches it first).
const MAIL_QUEUE = 'mail'
const MAIL_SWEEP_QUEUE = 'mail-sweep'

// Retries with exponential backoff from 30 s: about 2 hours of trying before a mail
// is marked FAILED (SMTP down for a while is routine, not a lost mail).
const MAIL_RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true }
const MAIL_BATCH = 10
const IMPORT_QUEUE = 'import'
const IMPORT_SWEEP_QUEUE = 'import-sweep'
// An unreachable database is the one failure worth retrying (run-import-job.ts); a
// job whose instance died mid-way is retried when its lease expires.
const IMPORT_RETRY = { retryLimit: 3, retryDelay: 15, retryBackoff: true, expireInSeconds: 600 }

const globalForJobs = globalThis as unknown as { claimtrackJobQueue?: Promise<PgBoss> }

// `mail: false` (the CLI) runs imports only: mail goes out from the app, which has
// the SMTP settings.
export function startJobQueue(databaseUrl = process.env.DATABASE_URL, { mail = true }: { mail?: boolean } = {}): Promise<PgBoss> {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set')
  globalForJobs.claimtrackJobQueue ??= start(databaseUrl, mail).catch((error: unknown) => {
    globalForJobs.claimtrackJobQueue = undefined
    throw error
  })
  return globalForJobs.claimtrackJobQueue
}

async function start(databaseUrl: string, mail: boolean): Promise<PgBoss> {
  const { connectionString } = parseDatabaseUrl(databaseUrl)
  const boss = new PgBoss({ connectionString, schema: jobSchemaFor(databaseUrl), max: 3 })
  boss.on('error', (error) => console.error('[jobs]', error))
  await boss.start()
  await startImportWorkers(boss)
  await startSnapshotWorkers(boss)
  if (mail) await startMailWorkers(boss)
  return boss
}

// IMPORT_CONCURRENCY workers per instance, each running one import at a time; the
// queue is shared, so instances together drain it oldest first.
async function startImportWorkers(boss: PgBoss): Promise<void> {
  await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, ...IMPORT_RETRY })
  const workers: string[] = []
  for (let i = 0; i < importConcurrency(); i++) {
    workers.push(
      await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        await runImportJob(job!.data.importJobId, { isLastAttempt: job!.retryCount >= job!.retryLimit })
      }),
    )
  }
  const send = async (jobs: QueuedImport[]) => {
    // One after another: within a priority, the queue runs jobs in the order they were sent.
    for (const { id, priority } of jobs) await boss.send(IMPORT_QUEUE, { importJobId: id }, { singletonKey: id, priority })
    for (const worker of workers) boss.notifyWorker(worker)
  }
  setImportDispatcher((job) => send([job]))
  await startSweep(boss, IMPORT_SWEEP_QUEUE, findUndispatchedImports, send)
}

async function startMailWorkers(boss: PgBoss): Promise<void> {
  await boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...MAIL_RETRY })
  // A worker fetches a batch per poll and sends its mails side by side; a job that
  // fails is failed on its own (and retried), the rest of the batch completes.
  const mailWorker = await boss.work<{ mailId: string }>(MAIL_QUEUE, { includeMetadata: true, batchSize: MAIL_BATCH, pollingIntervalSeconds: 1 }, async (jobs) => {
    await Promise.all(
      jobs.map((job) =>
        deliverMail(job.data.mailId, { isLastAttempt: job.retryCount >= job.retryLimit }).catch((error: unknown) =>
          boss.fail(MAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) }),
        ),
      ),
    )
  })
  const send = async (mailIds: string[]) => {
    await Promise.all(mailIds.map((mailId) => boss.send(MAIL_QUEUE, { mailId }, { singletonKey: mailId })))
    // Wakes this instance's worker now rather than at its next poll.
    boss.notifyWorker(mailWorker)
  }
  setMailDispatcher(send)
  await startSweep(boss, MAIL_SWEEP_QUEUE, findUndispatchedMail, send)
}

export async function stopJobQueue(): Promise<void> {
  const running = globalForJobs.claimtrackJobQueue
  globalForJobs.claimtrackJobQueue = undefined
  setMailDispatcher(undefined)
  setImportDispatcher(undefined)
  setSnapshotDispatcher(undefined)
  if (running) await (await running).stop({ graceful: true, wait: true, timeout: 10_000 })
}
