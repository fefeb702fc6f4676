import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { disconnectDb, getDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { findActor } from './find-actor'
import { parseFlags } from './read-input'

export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'claimreview', 'w3c', 'json'] as const
type Format = (typeof EXPORT_FORMATS)[number]
const USAGE = `usage: claimtrack export --workspace <id> [--document <id>] --format ${EXPORT_FORMATS.join('|')} --out FILE [--user <email>] [--scope verified|all] [--comments] [--audit] [--report-url URL]`

// Exports a workspace (or one document) of DATABASE_URL as a member of it: --user
// (or --as), or else the workspace's first owner; that member's role is checked as in
// the app (the full JSON export needs an editor or owner). Reports cover --document, or
// every document of the workspace (at most 50); csv also writes FILE.quantities.csv.
export async function runExport(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, ['workspace', 'document', 'format', 'out', 'user', 'as', 'scope', 'comments', 'audit', 'report-url'])
  const text = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined)
  const workspaceId = text('workspace')
  const format = text('format') as Format | undefined
  const out = text('out')
  if (positional.length || !workspaceId || !format || !out) throw new Error(USAGE)
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`unknown format "${format}": use one of ${EXPORT_FORMATS.join(', ')}`)
  const scope = text('scope') ?? 'verified'
  if (scope !== 'verified' && scope !== 'all') throw new Error('--scope must be verified or all')
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: point it at the Claimtrack database')
  const documentId = text('document')
  try {
    const actor = await findActor(workspaceId, text('user') ?? text('as'))
    // Each format loads only its own code: the full JSON export runs in a small process
    // (scripts/claimtrack.mjs caps its heap, see there), without the report renderers.
    if (format === 'json') {
      const { exportWorkspaceJson } = await import('@/lib/interchange/export-workspace-json')
      const stream = createWriteStream(out)
      await exportWorkspaceJson({ actor, workspaceId, documentId }, stream)
      stream.end()
      await finished(stream)
      console.log(`Wrote the full JSON export to ${out}.`)
      return 0
    }
    if (format === 'w3c') {
      const { exportW3cAnnotations } = await import('@/lib/interchange/export-w3c-annotations')
      if (!documentId) throw new Error('--format w3c needs --document <id>')
      const collection = await exportW3cAnnotations({ actor, workspaceId, documentId, baseUrl: text('report-url') })
      await writeFile(out, JSON.stringify(collection, null, 2))
      console.log(`Wrote ${collection.total} annotations to ${out}.`)
      return 0
    }
    const documentIds = await reportDocumentIds(workspaceId, documentId)
    const options = { scope, includeComments: flags.comments === true, includeAuditAppendix: flags.audit === true }
    if (format === 'csv') {
      // Streamed row by row (flat memory at any size), so no whole model to hash.
      const { streamReportCsv } = await import('@/lib/reports/stream-report-csv')
      const [claims, quantities] = [createWriteStream(out), createWriteStream(quantitiesFile(out))]
      const { claimCount } = await streamReportCsv({ actor, workspaceId, documentIds, options }, { claims, quantities })
      await Promise.all([claims, quantities].map((stream) => finished(stream.end())))
      console.log(`Wrote the csv report of ${documentCount(documentIds.length)} (${claimCount === 1 ? '1 claim' : `${claimCount} claims`}) to ${out} and ${quantitiesFile(out)}.`)
      return 0
    }
    const [{ buildReport }, { claimReviewJsonLd }, { renderReportHtmlWithChart }, { renderReportMarkdown }, { renderReportPdf }, { reportContentHash }] = await Promise.all([
      import('@/lib/reports/build-report'),
      import('@/lib/reports/claim-review'),
      import('@/lib/reports/render-html'),
      import('@/lib/reports/render-markdown'),
      import('@/lib/reports/render-pdf'),
      import('@/lib/reports/report-hash'),
    ])
    const report = await buildReport({ actor, workspaceId, documentIds, options })
    const hash = reportContentHash(report)
    const jsonLd = () => claimReviewJsonLd(report, { reportUrl: text('report-url'), publisher: { name: report.workspace.name } })
    switch (format) {
      case 'html':
        await writeFile(out, await renderReportHtmlWithChart(report, hash, jsonLd()))
        break
      case 'md':
        await writeFile(out, renderReportMarkdown(report, hash))
        break
      case 'pdf':
        await writeFile(out, await renderReportPdf(report, hash))
        break
      case 'claimreview':
        await writeFile(out, JSON.stringify(jsonLd(), null, 2))
        break
    }
    const claimCount = report.summary.claimCount
    console.log(`Wrote the ${format} report of ${documentCount(documentIds.length)} (${claimCount === 1 ? '1 claim' : `${claimCount} claims`}, SHA-256 ${hash.slice(0, 12)}…) to ${out}.`)
    return 0
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack export: ${error.message}`)
    return 1
  } finally {
    await disconnectDb()
  }
}

// --document, or every live document of the workspace (a report holds at most 50).
async function reportDocumentIds(workspaceId: string, documentId: string | undefined): Promise<string[]> {
  if (documentId) return [documentId]
  const { MAX_REPORT_DOCUMENTS } = await import('@/lib/reports/build-report-schema')
  const documents = await getDb().document.findMany({ where: { workspaceId, archivedAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true }, take: MAX_REPORT_DOCUMENTS + 1 })
  if (documents.length > MAX_REPORT_DOCUMENTS) throw new Error(`the workspace has more than ${MAX_REPORT_DOCUMENTS} documents: export them a few at a time with --document`)
  if (documents.length === 0) throw new Error('the workspace has no documents to report on')
  return documents.map((document) => document.id)
}

const documentCount = (count: number) => (count === 1 ? '1 document' : `${count} documents`)

export function quantitiesFile(out: string): string {
  return out.replace(/(\.csv)?$/i, '.quantities.csv')
}
