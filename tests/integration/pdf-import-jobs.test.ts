// PDFs imported as documents through the real path: the queue (pg-boss), the compiled
// import worker in a child process (pdf.js loaded there from node_modules), and the
// revision whose blocks keep the page each starts on.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import type { Block } from '@/lib/import'
import type { ImportJobView } from '@/lib/jobs/import-job-view'
import { enqueueImport, findImportJob } from '@/lib/jobs/import-jobs'
import { startJobQueue, stopJobQueue } from '@/lib/jobs/job-queue'
import { jobSchemaFor } from '@/lib/jobs/job-schema'
import { MAX_PDF_PAGES } from '@/lib/pdf'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { dropSchema } from './setup/test-schemas'
import { chapterHeading, encryptedPdf, FINDINGS, findingsReport, manyPagesPdf, paddedPdf, REPORT_TABLE_ROW, REPORT_TITLE, scannedPdf, truncatedPdf } from '../support/pdf-samples'
import { createUser } from '../support/users'

const NO_METADATA = { title: null, author: null, publisher: null, publishedAt: null, sourceUrl: null }

type Owner = Awaited<ReturnType<typeof createUser>>

async function untilFinished(actor: Owner, jobId: string): Promise<ImportJobView> {
  const started = Date.now()
  for (;;) {
    const job = await findImportJob({ actor, workspaceId: actor.workspaceId, jobId })
    if (job.status === 'DONE' || job.status === 'FAILED') return job
    if (Date.now() - started > 50_000) throw new Error(`job still ${job.status} after 50 s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function importPdf(owner: Owner, filename: string, bytes: Uint8Array, contentType?: string): Promise<ImportJobView> {
  const job = await enqueueImport({ actor: owner, workspaceId: owner.workspaceId, source: { kind: 'file', filename, bytes, contentType }, metadata: NO_METADATA })
  return untilFinished(owner, job.id)
}

afterEach(() => stopJobQueue())
afterAll(async () => {
  await dropSchema(process.env.TEST_DATABASE_BASE_URL!, jobSchemaFor(process.env.DATABASE_URL!))
})

describe('a PDF import job', () => {
  it('ends with the document, its claims, and blocks that know their pages', { timeout: 60_000 }, async () => {
    const owner = await createUser('owner')
    await startJobQueue()
    const done = await importPdf(owner, 'annual-report.pdf', await findingsReport())
    expect(done).toMatchObject({ status: 'DONE', error: null, document: { title: REPORT_TITLE } })

    const document = await getDb().document.findUniqueOrThrow({ where: { id: done.document!.id }, include: { revisions: true, claims: true } })
    expect(document.author).toBe('National Statistics Office')
    const [revision] = document.revisions
    expect(revision!.source).toBe('pdf')
    const blocks = revision!.blocks as unknown as Block[]
    const lines = blocks.map((block) => ({ text: revision!.text.slice(block.start, block.end), kind: block.kind, page: block.page }))
    // Running header and page numbers are gone; the table is rows of cells.
    expect(revision!.text).not.toMatch(new RegExp(`${REPORT_TITLE}\n|Page \\d of`))
    expect(lines).toContainEqual({ text: REPORT_TABLE_ROW, kind: 'paragraph', page: 1 })
    FINDINGS.forEach((finding, i) => {
      expect(lines).toContainEqual({ text: chapterHeading(i + 1), kind: 'heading', page: i + 1 })
      expect(lines).toContainEqual({ text: finding, kind: 'paragraph', page: i + 1 })
    })

    // Every finding has its claims, and each claim lies in a block of the finding's page.
    const pageAt = (offset: number) => blocks.find((block) => block.start <= offset && offset < block.end)?.page
    for (const [i, finding] of FINDINGS.entries()) {
      const start = revision!.text.indexOf(finding)
      const claims = document.claims.filter((claim) => claim.start >= start && claim.end <= start + finding.length)
      expect(claims.length, finding).toBeGreaterThan(0)
      expect(new Set(claims.map((claim) => pageAt(claim.start)))).toEqual(new Set([i + 1]))
    }
  })

  it('reads a PDF sent as application/octet-stream without an extension by its %PDF- bytes', { timeout: 60_000 }, async () => {
    const owner = await createUser('owner')
    await startJobQueue()
    const done = await importPdf(owner, 'download', await findingsReport(), 'application/octet-stream')
    expect(done).toMatchObject({ status: 'DONE', document: { title: REPORT_TITLE } })
  })

  it.each([
    ['scanned.pdf', scannedPdf, 'INVALID_INPUT', 'This PDF has no text layer (a scan?); OCR is not supported yet'],
    ['locked.pdf', encryptedPdf, 'INVALID_INPUT', 'This PDF is protected by a password: remove the password (print or export it to a new PDF) and try again'],
    ['truncated.pdf', truncatedPdf, 'INVALID_INPUT', 'This PDF is damaged or incomplete and cannot be read'],
    ['register.pdf', () => manyPagesPdf(MAX_PDF_PAGES + 1), 'PAYLOAD_TOO_LARGE', 'This PDF has 2,001 pages: Claimtrack reads PDFs of up to 2,000 pages'],
    ['heavy.pdf', async () => paddedPdf(await findingsReport(), MAX_DOCUMENT_BYTES + 1), 'PAYLOAD_TOO_LARGE', 'The file is larger than 5 MB'],
  ] as const)('fails at once with a clear 4xx when %s cannot be read, and is not retried', { timeout: 60_000 }, async (filename, make, code, message) => {
    const owner = await createUser('owner')
    await startJobQueue()
    const failed = await importPdf(owner, filename, await make())
    expect(failed).toMatchObject({ status: 'FAILED', document: null, error: { code, message } })
    expect((await getDb().importJob.findUniqueOrThrow({ where: { id: failed.id } })).attempts).toBe(1)
  })
})
