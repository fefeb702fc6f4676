import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { disconnectDb, getDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { findActor } from './find-actor'
import type { CliExportFormat } from './export-formats'
import { openDatabase } from './open-database'

export interface ExportOptions {
  workspace: string
  user?: string
  document?: string
  format: CliExportFormat
  out: string
  scope: 'verified' | 'all'
  comments?: boolean
  audit?: boolean
  reportUrl?: string
  json?: boolean
}

// Exports a workspace (or one document) as a member of it: --user, or else the
// workspace's first owner; that member's role is checked as in the app (the full JSON
// export needs an editor or owner). Reports cover --document, or every document of the
// workspace (at most 50); csv also writes FILE.quantities.csv.
export async function runExport(options: ExportOptions): Promise<number> {
  const { workspace: workspaceId, document: documentId, format, out } = options
  if (format === 'w3c' && !documentId) throw new Error('--format w3c needs --document <id>')
  const database = await openDatabase()
  const done = (summary: Record<string, unknown>, message: string) => {
    console.log(options.json ? JSON.stringify({ format, out, ...summary }) : message)
    return 0
  }
  try {
    const actor = await findActor(workspaceId, options.user)
    // Each format loads only its own code: the full JSON export runs in a small process
    // (scripts/claimtrack.mjs caps its heap, see there), without the report renderers.
    if (format === 'json') {
      const { exportWorkspaceJson } = await import('@/lib/interchange/export-workspace-json')
      const stream = createWriteStream(out)
      await exportWorkspaceJson({ actor, workspaceId, documentId }, stream)
      stream.end()
      await finished(stream)
      return done({}, `Wrote the full JSON export to ${out}.`)
    }
    if (format === 'w3c') {
      const { exportW3cAnnotations } = await import('@/lib/interchange/export-w3c-annotations')
      const collection = await exportW3cAnnotations({ actor, workspaceId, documentId: documentId!, baseUrl: options.reportUrl })
      await writeFile(out, JSON.stringify(collection, null, 2))
      return done({ annotationCount: collection.total }, `Wrote ${collection.total} annotations to ${out}.`)
    }
    const documentIds = await reportDocumentIds(workspaceId, documentId)
    const reportOptions = { scope: options.scope, includeComments: options.comments === true, includeAuditAppendix: options.audit === true }
    if (format === 'csv') {
      // Streamed row by row (flat memory at any size), so no whole model to hash.
      const { streamReportCsv } = await import('@/lib/reports/stream-report-csv')
      const [claims, quantities] = [createWriteStream(out), createWriteStream(quantitiesFile(out))]
      const { claimCount } = await streamReportCsv({ actor, workspaceId, documentIds, options: reportOptions }, { claims, quantities })
      await Promise.all([claims, quantities].map((stream) => finished(stream.end())))
      return done({ documentCount: documentIds.length, claimCount, quantitiesOut: quantitiesFile(out) }, `Wrote the csv report of ${documentCount(documentIds.length)} (${claimCount === 1 ? '1 claim' : `${claimCount} claims`}) to ${out} and ${quantitiesFile(out)}.`)
    }
    const [{ buildReport }, { claimReviewJsonLd }, { renderReportHtmlWithChart }, { renderReportMarkdown }, { renderReportPdf }, { reportContentHash }] = await Promise.all([
      import('@/lib/reports/build-report'),
      import('@/lib/reports/claim-review'),
      import('@/lib/reports/render-html'),
      import('@/lib/reports/render-markdown'),
      import('@/lib/reports/render-pdf'),
      import('@/lib/reports/report-hash'),
    ])
    const report = await buildReport({ actor, workspaceId, documentIds, options: reportOptions })
    const hash = reportContentHash(report)
    const jsonLd = () => claimReviewJsonLd(report, { reportUrl: options.reportUrl, publisher: { name: report.workspace.name } })
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
    return done({ documentCount: documentIds.length, claimCount, sha256: hash }, `Wrote the ${format} report of ${documentCount(documentIds.length)} (${claimCount === 1 ? '1 claim' : `${claimCount} claims`}, SHA-256 ${hash.slice(0, 12)}…) to ${out}.`)
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack export: ${error.message}`)
    return 1
  } finally {
    await disconnectDb()
    await database.stop()
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
