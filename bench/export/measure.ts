// One measurement, run in its own process so its peak memory is its own:
//   measure.ts <json|html|pdf|md|csv|idle> <workspaceId> [documentId,…]
// Prints one JSON line: { ms, bytes, maxRssMb }.
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { disconnectDb, getDb } from '@/lib/db/client'

const [mode, workspaceId, documentList] = process.argv.slice(2)
const owner = (await getDb().membership.findFirstOrThrow({ where: { workspaceId: workspaceId!, role: 'OWNER' }, select: { user: { select: { id: true, email: true, name: true } } } })).user
const directory = await mkdtemp(path.join(tmpdir(), 'bench-export-'))
const out = path.join(directory, 'out')
const started = performance.now()
if (mode === 'json') {
  // only what the export loads, as `claimtrack export --format json` does
  const { exportWorkspaceJson } = await import('@/lib/interchange/export-workspace-json')
  const stream = createWriteStream(out)
  await exportWorkspaceJson({ actor: owner, workspaceId }, stream)
  stream.end()
  await finished(stream)
} else if (mode !== 'idle') {
  const [{ buildReport }, { renderReportCsv }, { renderReportHtmlWithChart }, { renderReportMarkdown }, { renderReportPdf }, { reportContentHash }] = await Promise.all([
    import('@/lib/reports/build-report'),
    import('@/lib/reports/render-csv'),
    import('@/lib/reports/render-html'),
    import('@/lib/reports/render-markdown'),
    import('@/lib/reports/render-pdf'),
    import('@/lib/reports/report-hash'),
  ])
  const documentIds = documentList!.split(',')
  let bytes = ''
  // reports hold at most 50 documents: larger selections are exported 50 at a time
  for (let at = 0; at < documentIds.length; at += 50) {
    const report = await buildReport({ actor: owner, workspaceId, documentIds: documentIds.slice(at, at + 50), options: { scope: 'all', includeComments: true, includeAuditAppendix: false } })
    const hash = reportContentHash(report)
    if (mode === 'pdf') await writeFile(out, await renderReportPdf(report, hash))
    else if (mode === 'html') bytes += await renderReportHtmlWithChart(report, hash)
    else if (mode === 'md') bytes += renderReportMarkdown(report, hash)
    else if (mode === 'csv') {
      const csv = renderReportCsv(report)
      bytes += csv.claims + csv.quantities
    }
  }
  if (mode !== 'pdf') await writeFile(out, bytes)
}
const ms = performance.now() - started
const bytes = mode === 'idle' ? 0 : (await stat(out)).size
await rm(directory, { recursive: true, force: true })
await disconnectDb()
console.log(JSON.stringify({ ms: Math.round(ms), bytes, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
