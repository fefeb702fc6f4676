// Imports as jobs: the real queue (pg-boss) on this file's schema, the compiled import
// worker in a child process, and the job row the page, the CLI and the inbox follow.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { prepareImport } from '@/lib/documents/prepare-import'
import { saveImport } from '@/lib/documents/save-import'
import type { ImportJobView } from '@/lib/jobs/import-job-view'
import { enqueueImport, findImportJob, findMyImportJobs } from '@/lib/jobs/import-jobs'
import { startJobQueue, stopJobQueue } from '@/lib/jobs/job-queue'
import { jobSchemaFor } from '@/lib/jobs/job-schema'
import { dropSchema } from './setup/test-schemas'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const NO_METADATA = { title: null, author: null, publisher: null, publishedAt: null, sourceUrl: null }
const utf8 = (text: string) => new TextEncoder().encode(text)

// A claim per paragraph; the style sheet (no text) takes the page over 256 KB, so it
// goes to the child process.
function longPage(label: string, paragraphs = 700): Uint8Array {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${label} paragraph ${i}: exports rose by ${i % 90}.5% to $${i + 1} million in 2024, officials said.</p>`)
  const style = `.rule-${'x'.repeat(60)} { color: #333; }\n`.repeat(4_000)
  return utf8(`<html><head><title>${label}</title><style>${style}</style></head><body><nav><a href="/">Home</a></nav><h1>${label}</h1>${body.join('\n')}</body></html>`)
}

async function untilFinished(actor: { id: string; email: string; name: string | null }, workspaceId: string, jobId: string, seen: ImportJobView[] = []): Promise<ImportJobView> {
  const started = Date.now()
  for (;;) {
    const job = await findImportJob({ actor, workspaceId, jobId })
    seen.push(job)
    if (job.status === 'DONE' || job.status === 'FAILED') return job
    if (Date.now() - started > 50_000) throw new Error(`job still ${job.status} after 50 s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

afterEach(async () => {
  await stopJobQueue()
  delete process.env.IMPORT_QUEUE_LIMIT
  delete process.env.IMPORT_MEMORY_MB
})
afterAll(async () => {
  await dropSchema(process.env.TEST_DATABASE_BASE_URL!, jobSchemaFor(process.env.DATABASE_URL!))
})

describe('an import job', () => {
  it('answers at once, waits its turn, reports progress, and ends with the document and an inbox entry', { timeout: 60_000 }, async () => {
    const owner = await createUser('owner')
    // No queue running yet: the jobs wait, each told how many are ahead of it.
    const first = await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'file', filename: 'first.html', bytes: longPage('First report') }, metadata: NO_METADATA })
    const second = await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'paste', text: 'Exports rose by 5% to $110 billion in 2024.\nImports fell.' }, metadata: { ...NO_METADATA, title: 'Pasted' } })
    expect(first).toMatchObject({ status: 'QUEUED', ahead: 0, label: 'first.html', document: null })
    // A short paste goes ahead of a long upload (lib/jobs/import-priority.ts).
    expect(second).toMatchObject({ status: 'QUEUED', ahead: 0, label: 'Pasted text' })
    expect(await findImportJob({ actor: owner, workspaceId: owner.workspaceId, jobId: first.id })).toMatchObject({ ahead: 1 })
    expect((await findMyImportJobs({ actor: owner, workspaceId: owner.workspaceId })).map((job) => job.id)).toEqual([second.id, first.id])

    await startJobQueue()
    const seen: ImportJobView[] = []
    const done = await untilFinished(owner, owner.workspaceId, first.id, seen)
    expect(done).toMatchObject({ status: 'DONE', error: null, document: { title: 'First report' } })
    expect(done.document!.claimCount).toBeGreaterThanOrEqual(700)
    expect(seen.some((job) => job.status === 'RUNNING' && ['reading', 'extracting', 'saving'].includes(job.stage!))).toBe(true)
    expect(done.total).toBeGreaterThan(60_000)
    expect(done.done).toBe(done.total)
    expect(await getDb().importJobInput.count({ where: { jobId: first.id } })).toBe(0)
    const inbox = await getDb().notification.findMany({ where: { userId: owner.id, kind: 'IMPORT_DONE', documentId: done.document!.id } })
    expect(inbox).toEqual([expect.objectContaining({ documentId: done.document!.id, message: expect.stringContaining('“First report” is imported') })])

    const pasted = await untilFinished(owner, owner.workspaceId, second.id)
    expect(pasted).toMatchObject({ status: 'DONE', document: { title: 'Pasted' } })
    expect((await getDb().importJob.findUniqueOrThrow({ where: { id: second.id } })).finishedAt!.getTime()).toBeLessThanOrEqual((await getDb().importJob.findUniqueOrThrow({ where: { id: first.id } })).startedAt!.getTime())
  })

  it('fails alone and at once on a bad file or a duplicate, with the same message as before, and is not retried', { timeout: 60_000 }, async () => {
    const owner = await createUser('owner')
    await startJobQueue()
    const binary = new Uint8Array(600_000).map((_, i) => (i * 7919) % 256)
    const bad = await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'file', filename: 'fake.html', bytes: binary }, metadata: NO_METADATA })
    const failed = await untilFinished(owner, owner.workspaceId, bad.id)
    expect(failed).toMatchObject({ status: 'FAILED', document: null, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^This file is binary, not text/) } })
    expect((await getDb().importJob.findUniqueOrThrow({ where: { id: bad.id } })).attempts).toBe(1)
    expect(await getDb().notification.findFirst({ where: { userId: owner.id, kind: 'IMPORT_FAILED' } })).toMatchObject({ message: expect.stringContaining('The import of “fake.html” failed: This file is binary') })

    const text = 'Unemployment fell to 4.1% in March 2024.'
    const original = await untilFinished(owner, owner.workspaceId, (await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'paste', text }, metadata: NO_METADATA })).id)
    const again = await untilFinished(owner, owner.workspaceId, (await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'paste', text }, metadata: NO_METADATA })).id)
    expect(again).toMatchObject({ status: 'FAILED', error: { code: 'CONFLICT', details: { existingDocumentId: original.document!.id } } })
  })

  it('is stopped by its memory cap without harm to the server, and says so', { timeout: 60_000 }, async () => {
    const owner = await createUser('owner')
    process.env.IMPORT_MEMORY_MB = '64'
    await startJobQueue()
    const job = await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'file', filename: 'huge.html', bytes: longPage('Huge', 40_000) }, metadata: NO_METADATA })
    const failed = await untilFinished(owner, owner.workspaceId, job.id)
    expect(failed).toMatchObject({ status: 'FAILED', error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('more than 64 MB of memory') } })
    expect(await getDb().document.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
  })

  it('is refused with 429 and a wait when the queue is full, and only then', async () => {
    const owner = await createUser('owner')
    process.env.IMPORT_QUEUE_LIMIT = '2'
    const paste = (text: string) => enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'paste', text }, metadata: NO_METADATA })
    await paste('One.')
    await paste('Two.')
    const error = await expectAppError(paste('Three.'), 'RATE_LIMITED')
    expect(error.message).toMatch(/^The import queue is full \(2 imports waiting\)/)
    expect(error.details).toEqual({ retryAfterSeconds: '30' })
    await getDb().importJob.deleteMany({ where: { createdById: owner.id } })
  })

  it('is refused at once to a reviewer, and shown to nobody but its owner', async () => {
    const owner = await createUser('owner')
    const stranger = await createUser('stranger')
    const job = await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'paste', text: 'Mine.' }, metadata: NO_METADATA })
    await expectAppError(enqueueImport({ actor: stranger, workspaceId: owner.workspaceId, source: { kind: 'paste', text: 'Theirs.' }, metadata: NO_METADATA }), 'NOT_FOUND')
    await expectAppError(findImportJob({ actor: stranger, workspaceId: owner.workspaceId, jobId: job.id }), 'NOT_FOUND')
    await expectAppError(findImportJob({ actor: stranger, workspaceId: stranger.workspaceId, jobId: job.id }), 'NOT_FOUND')
    await getDb().importJob.deleteMany({ where: { createdById: owner.id } })
  })
})

describe('saving a large import', () => {
  it('writes nothing at all when any statement of the batch fails', { timeout: 60_000 }, async () => {
    const owner = await createUser('owner')
    const prepared = await prepareImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'file', filename: 'big.html', bytes: longPage('Big', 2_050) }, metadata: NO_METADATA })
    // More than one batch of claims (save-import.ts writes 2,000 per statement).
    expect(prepared.claims.length).toBeGreaterThan(2_000)
    const db = getDb()
    await expect(saveImport({ actor: owner, prepared, alongside: () => [db.$executeRaw`SELECT 1 / 0`] })).rejects.toThrow(/division by zero/)
    expect(await db.document.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
    expect(await db.claim.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
    expect(await db.activityEvent.count({ where: { workspaceId: owner.workspaceId, action: 'document.created' } })).toBe(0)
  })
})
