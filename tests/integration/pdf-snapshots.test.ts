// PDF sources: a report uploaded or fetched (from a loopback server, allowed by
// CLAIMTRACK_IMPORT_ALLOW_HOSTS) is read in the import's child process into text and
// blocks that keep their pages; what cannot be read fails with its reason.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { uploadSnapshot } from '@/lib/snapshots/create-snapshot'
import { findSnapshots, readSnapshot } from '@/lib/snapshots/find-snapshots'
import { runSnapshotJob } from '@/lib/snapshots/run-snapshot-job'
import type { SnapshotReading } from '@/lib/snapshots/snapshot-view'
import { createSource } from '@/lib/sources/create-source'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { expectAppError } from '../support/app-error'
import { chapterHeading, encryptedPdf, FINDINGS, findingsReport, paddedPdf, REPORT_TABLE_ROW, REPORT_TITLE, scannedPdf, truncatedPdf } from '../support/pdf-samples'
import { createUser } from '../support/users'

let report: Uint8Array
const served: Record<string, { type: string; body: () => Uint8Array }> = {
  '/report.pdf': { type: 'application/pdf', body: () => report },
  '/download': { type: 'application/octet-stream', body: () => report },
  '/archive': { type: 'application/octet-stream', body: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) },
}
const server = createServer((req, res) => {
  const route = served[new URL(req.url!, 'http://x').pathname]
  res.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' })
  res.end(route ? Buffer.from(route.body()) : 'no route')
})
let origin: string

beforeAll(async () => {
  report = await findingsReport()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.CLAIMTRACK_IMPORT_ALLOW_HOSTS = '127.0.0.1'
})
afterAll(async () => {
  delete process.env.CLAIMTRACK_IMPORT_ALLOW_HOSTS
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
afterEach(() => {
  delete process.env.SNAPSHOT_MAX_MB
})

let owner: Awaited<ReturnType<typeof createUser>>
beforeEach(async () => {
  owner = await createUser('owner')
})

async function addSource(path: string) {
  const { source } = await createSource({ actor: owner, workspaceId: owner.workspaceId, url: `${origin}${path}`, title: `Source ${path}` })
  return source
}
const latest = async (sourceId: string) => (await findSnapshots({ actor: owner, workspaceId: owner.workspaceId, sourceId }))[0]!
const reading = (sourceId: string, number: number) => readSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId, number })

async function upload(sourceId: string, filename: string, bytes: Uint8Array, contentType?: string) {
  const snapshot = await uploadSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId, filename, contentType, bytes })
  await runSnapshotJob(snapshot.id)
  return reading(sourceId, snapshot.number)
}

function expectReportRead(snapshot: SnapshotReading) {
  expect(snapshot).toMatchObject({ status: 'DONE', format: 'pdf', title: REPORT_TITLE, pageCount: FINDINGS.length, failureReason: null })
  const lines = snapshot.blocks.map((block) => ({ text: snapshot.text.slice(block.start, block.end), page: block.page }))
  FINDINGS.forEach((finding, i) => {
    expect(lines).toContainEqual({ text: chapterHeading(i + 1), page: i + 1 })
    expect(lines).toContainEqual({ text: finding, page: i + 1 })
  })
  expect(lines).toContainEqual({ text: REPORT_TABLE_ROW, page: 1 })
  expect(snapshot.text).not.toMatch(/Page \d of/)
}

describe('a PDF source snapshot', () => {
  it('reads an uploaded PDF into text and blocks with their pages', { timeout: 30_000 }, async () => {
    const source = await addSource('/report.pdf')
    expectReportRead(await upload(source.id, 'annual-report.pdf', report, 'application/pdf'))
  })

  it('reads an upload without a useful name or type by its %PDF- bytes', { timeout: 30_000 }, async () => {
    const source = await addSource('/report.pdf')
    expectReportRead(await upload(source.id, 'download', report, 'application/octet-stream'))
  })

  it.each(['/report.pdf', '/download'])('fetches %s from its URL and reads it with its pages', { timeout: 30_000 }, async (path) => {
    const source = await addSource(path)
    expect(await runSnapshotJob((await latest(source.id)).id)).toBe('done')
    const snapshot = await reading(source.id, 1)
    expectReportRead(snapshot)
    expect(snapshot).toMatchObject({ origin: 'FETCH', httpStatus: 200, byteSize: report.length })
  })

  it('refuses a fetched octet stream that is not a PDF', { timeout: 30_000 }, async () => {
    const source = await addSource('/archive')
    expect(await runSnapshotJob((await latest(source.id)).id)).toBe('failed')
    expect((await latest(source.id)).failureReason).toBe('The page is application/octet-stream, not a web page or text: Claimtrack imports HTML, plain text, Markdown, .docx and PDF')
  })

  it('reads a PDF larger than a document may be, up to the source limit', { timeout: 30_000 }, async () => {
    const source = await addSource('/report.pdf')
    expectReportRead(await upload(source.id, 'heavy.pdf', paddedPdf(report, MAX_DOCUMENT_BYTES + 1024 * 1024)))
    process.env.SNAPSHOT_MAX_MB = '1'
    const error = await expectAppError(uploadSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, filename: 'heavy.pdf', bytes: paddedPdf(report, 1024 * 1024 + 1) }), 'PAYLOAD_TOO_LARGE')
    expect(error.message).toBe('The file is larger than 1 MB, the limit for a source (SNAPSHOT_MAX_MB)')
  })

  it.each([
    ['scanned.pdf', scannedPdf, 'This PDF has no text layer (a scan?); OCR is not supported yet'],
    ['locked.pdf', encryptedPdf, 'This PDF is protected by a password: remove the password (print or export it to a new PDF) and try again'],
    ['truncated.pdf', truncatedPdf, 'This PDF is damaged or incomplete and cannot be read'],
  ])('fails with its reason when %s cannot be read', { timeout: 30_000 }, async (filename, make, reason) => {
    const source = await addSource('/report.pdf')
    const snapshot = await upload(source.id, filename, await make())
    expect(snapshot).toMatchObject({ status: 'FAILED', failureReason: reason, text: '' })
  })
})
