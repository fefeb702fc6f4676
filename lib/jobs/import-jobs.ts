import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/db/generated/client'
import type { ImportSource } from '@/lib/documents/prepare-import'
import { ZImportUrl, type TImportMetadata } from '@/lib/documents/schemas'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { toImportJobView, type ImportJobView } from './import-job-view'
import { importPriority } from './import-priority'

// Imports waiting or running, across every app instance, beyond which a new one is
// refused with 429 and Retry-After (IMPORT_QUEUE_LIMIT): load is told as load.
export function importQueueLimit(): number {
  const configured = Number(process.env.IMPORT_QUEUE_LIMIT)
  return Number.isInteger(configured) && configured > 0 ? configured : 100
}
const QUEUE_FULL_RETRY_SECONDS = 30

export interface QueuedImport {
  id: string
  priority: number
}
type Dispatcher = (job: QueuedImport) => Promise<void>
// On globalThis: Next.js loads instrumentation (which starts the queue) and the route
// handlers as separate module graphs.
const globalForImports = globalThis as unknown as { claimtrackImportDispatcher?: Dispatcher }

// Set by the job queue when it starts (lib/jobs/job-queue.ts). Without one, or if
// handing over fails, the job stays queued until an instance's sweep hands it over.
export function setImportDispatcher(dispatcher: Dispatcher | undefined): void {
  globalForImports.claimtrackImportDispatcher = dispatcher
}

const DOCUMENT_SUMMARY = { select: { id: true, title: true, _count: { select: { claims: true } } } } as const

// Queues an import and answers at once. What can be refused without reading the source
// is refused here (access, a full queue, a malformed URL); the rest (the file itself,
// a duplicate text) ends the job as failed, with the same message.
export async function enqueueImport({ actor, workspaceId, source, metadata }: { actor: Actor; workspaceId: string; source: ImportSource; metadata: TImportMetadata }): Promise<ImportJobView> {
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'document.create')
  const url = source.kind === 'url' ? parseInput(z.object({ url: ZImportUrl }), { url: source.url }).url : null
  const waiting = await db.importJob.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } })
  if (waiting >= importQueueLimit()) {
    throw new AppError('RATE_LIMITED', `The import queue is full (${waiting} imports waiting). Try again in ${QUEUE_FULL_RETRY_SECONDS} seconds.`, [], { retryAfterSeconds: String(QUEUE_FULL_RETRY_SECONDS) })
  }
  const bytes = source.kind === 'file' ? source.bytes : source.kind === 'paste' ? new TextEncoder().encode(source.text) : null
  const job = await db.importJob.create({
    data: {
      workspaceId,
      createdById: actor.id,
      kind: source.kind,
      label: source.kind === 'file' ? source.filename : (url ?? 'Pasted text'),
      metadata: metadata as Prisma.InputJsonValue,
      url,
      filename: source.kind === 'file' ? source.filename : null,
      contentType: source.kind === 'file' ? (source.contentType ?? null) : null,
      stage: 'queued',
      priority: importPriority(bytes ? bytes.length : null),
      ...(bytes ? { input: { create: { bytes: Buffer.from(bytes) } } } : {}),
    },
  })
  await globalForImports.claimtrackImportDispatcher?.({ id: job.id, priority: job.priority }).catch((error: unknown) => console.error('[imports] could not hand the job to the queue; the sweep will', error))
  return toImportJobView(job, await countAhead(job))
}

const ZFindJob = z.object({ workspaceId: ZId, jobId: ZId })

// One of my imports. Someone else's job is "not found", as a document would be.
export async function findImportJob({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ImportJobView> {
  const { workspaceId, jobId } = parseInput(ZFindJob, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const job = await db.importJob.findFirst({ where: { id: jobId, workspaceId, createdById: actor.id }, include: { document: DOCUMENT_SUMMARY } })
  if (!job) throw new AppError('NOT_FOUND', 'Import not found.')
  return toImportJobView(job, await countAhead(job))
}

const RECENT_FINISHED_MS = 24 * 60 * 60 * 1000

// My imports still waiting or running, and those that ended in the last day: what the
// new-document page shows after a reload.
export async function findMyImportJobs({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ImportJobView[]> {
  const { workspaceId } = parseInput(z.object({ workspaceId: ZId }), input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const jobs = await db.importJob.findMany({
    where: { workspaceId, createdById: actor.id, OR: [{ status: { in: ['QUEUED', 'RUNNING'] } }, { finishedAt: { gt: new Date(Date.now() - RECENT_FINISHED_MS) } }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 20,
    include: { document: DOCUMENT_SUMMARY },
  })
  return Promise.all(jobs.map(async (job) => toImportJobView(job, await countAhead(job))))
}

// Queued jobs run by priority, then oldest first (the queue's order): those are ahead.
async function countAhead(job: { status: string; createdAt: Date; priority: number }): Promise<number | null> {
  if (job.status !== 'QUEUED') return null
  return getDb().importJob.count({ where: { status: 'QUEUED', OR: [{ priority: { gt: job.priority } }, { priority: job.priority, createdAt: { lt: job.createdAt } }] } })
}
