// One measurement, run in its own process so its peak memory is its own:
//   measure.ts <json|html|pdf|md|csv|claimreview|w3c|idle> <workspaceId> [documentId,…]
// Prints one JSON line: { ms, bytes, maxRssMb }.
import { createWriteStream } from 'node:fs'
import { appendFile, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { disconnectDb, getDb } from '@/lib/db/client'

const [mode, workspaceId, documentList] = process.argv.slice(2)
const owner = (await getDb().membership.findFirstOrThrow({ where: { workspaceId: workspaceId!, role: 'OWNER' }, select: { user: { select: { id: true, email: true, name: true } } } })).user
const directory = await mkdtemp(path.join(tmpdir(), 'bench-export-'))
const out = path.join(directory, 'out')
const documentIds = documentList ? documentList.split(',') : []
const options = { scope: 'all', includeComments: true, includeAuditAppendix: false } as const
// reports hold at most 50 documents: larger selections are exported 50 at a time
const reportBatches = () => Array.from({ length: Math.ceil(documentIds.length / 50) }, (_, index) => documentIds.slice(index * 50, index * 50 + 50))
const started = performance.now()
if (mode === 'json') {
  // only what the export loads, as `claimtrack export --format json` does
  const { exportWorkspaceJson } = await import('@/lib/interchange/export-workspace-json')
  const stream = createWriteStream(out)
  await exportWorkspaceJson({ actor: owner, workspaceId }, stream)
  await finished(stream.end())
} else if (mode === 'csv') {
  // as `claimtrack export --format csv` does: streamed, only the CSV code loaded
  const { streamReportCsv } = await import('@/lib/reports/stream-report-csv')
  for (const [index, batch] of reportBatches().entries()) {
    const [claims, quantities] = [createWriteStream(`${out}-${index}.csv`), createWriteStream(`${out}-${index}.quantities.csv`)]
    await streamReportCsv({ actor: owner, workspaceId, documentIds: batch, options }, { claims, quantities })
    await Promise.all([claims, quantities].map((stream) => finished(stream.end())))
  }
} else if (mode === 'w3c') {
  const { exportW3cAnnotations } = await import('@/lib/interchange/export-w3c-annotations')
  for (const documentId of documentIds) await appendFile(out, JSON.stringify(await exportW3cAnnotations({ actor: owner, workspaceId, documentId }), null, 2))
} else if (mode !== 'idle') {
  const [{ buildReport }, { claimReviewJsonLd }, { renderReportHtmlWithChart }, { renderReportMarkdown }, { renderReportPdf }, { reportContentHash }] = await Promise.all([
    import('@/lib/reports/build-report'),
    import('@/lib/reports/claim-review'),
    import('@/lib/reports/render-html'),
    import('@/lib/reports/render-markdown'),
    import('@/lib/reports/render-pdf'),
    import('@/lib/reports/report-hash'),
  ])
  for (const [index, batch] of reportBatches().entries()) {
    const report = await buildReport({ actor: owner, workspaceId, documentIds: batch, options })
    const hash = reportContentHash(report)
    if (mode === 'pdf') await writeFile(`${out}-${index}.pdf`, await renderReportPdf(report, hash))
    else if (mode === 'html') await appendFile(out, await renderReportHtmlWithChart(report, hash))
    else if (mode === 'md') await appendFile(out, renderReportMarkdown(report, hash))
    else if (mode === 'claimreview') await appendFile(out, JSON.stringify(claimReviewJsonLd(report, { publisher: { name: report.workspace.name } }), null, 2))
  }
}
const ms = performance.now() - started
let bytes = 0
for (const name of await readdir(directory)) bytes += (await stat(path.join(directory, name))).size
await rm(directory, { recursive: true, force: true })
await disconnectDb()
console.log(JSON.stringify({ ms: Math.round(ms), bytes, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
