import 'server-only'
// Every export format of a report as bytes with their content type and a safe file
// name, for the routes. Published reports export their frozen snapshot; the builder's
// preview exports a report built on the spot (nothing stored).
import type { Actor } from '@/lib/auth/actor'
import type { Writable } from 'node:stream'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { publicBaseUrl } from '@/lib/http/public-url'
import { parseInput } from '@/lib/validation'
import { buildReport, loadDocuments } from './build-report'
import { ZBuildReport } from './build-report-schema'
import { claimReviewJsonLd } from './claim-review'
import { getReport } from './find-reports'
import { renderReportCsv } from './render-csv'
import { renderReportHtmlWithChart } from './render-html'
import { renderReportMarkdown } from './render-markdown'
import { renderReportPdf } from './render-pdf'
import { reportContentHash } from './report-hash'
import { streamReportCsv } from './stream-report-csv'
import type { ReportModel } from './report-model'
import { ZExportFormat, type ExportFormat } from './schemas'

export interface ExportedFile {
  body: Buffer
  contentType: string
  filename: string
}

const EXTENSIONS: Record<ExportFormat, string> = { html: 'html', pdf: 'pdf', md: 'md', csv: 'csv', 'csv-quantities': 'quantities.csv', claimreview: 'claimreview.jsonld' }

export async function exportReport(report: ReportModel, contentHash: string, format: ExportFormat, reportUrl?: string): Promise<ExportedFile> {
  const filename = `${fileStem(report.title)}-${contentHash.slice(0, 8)}.${EXTENSIONS[format]}`
  const text = (body: string, contentType: string) => ({ body: Buffer.from(body, 'utf8'), contentType, filename })
  const jsonLd = () => JSON.stringify(claimReviewJsonLd(report, { reportUrl, publisher: { name: report.workspace.name } }), null, 2)
  // The links to each quote in its archived source leave the file: they need the app's address.
  const baseUrl = publicBaseUrl()
  switch (format) {
    case 'pdf':
      return { body: await renderReportPdf(report, contentHash, { baseUrl }), contentType: 'application/pdf', filename }
    case 'html':
      return text(await renderReportHtmlWithChart(report, contentHash, jsonLd(), baseUrl), 'text/html; charset=utf-8')
    case 'md':
      return text(renderReportMarkdown(report, contentHash, baseUrl), 'text/markdown; charset=utf-8')
    case 'csv':
      return text(renderReportCsv(report).claims, 'text/csv; charset=utf-8; header=present')
    case 'csv-quantities':
      return text(renderReportCsv(report).quantities, 'text/csv; charset=utf-8; header=present')
    case 'claimreview':
      return text(jsonLd(), 'application/ld+json; charset=utf-8')
  }
}

// A published report, from its stored snapshot and hash (any member).
export async function exportPublishedReport({ actor, format, ...input }: { actor: Actor; format: unknown } & Record<string, unknown>): Promise<ExportedFile> {
  const parsedFormat = parseInput(ZExportFormat, format)
  const report = await getReport({ actor, ...input })
  return exportReport(report.snapshot, report.contentHash, parsedFormat)
}

// The builder's current choices, built now and not stored (any member).
export async function exportPreviewReport({ actor, format, ...input }: { actor: Actor; format: unknown } & Record<string, unknown>): Promise<ExportedFile> {
  const parsedFormat = parseInput(ZExportFormat, format)
  const model = await buildReport({ actor, ...input })
  return exportReport(model, reportContentHash(model), parsedFormat)
}

export const CSV_FORMATS = ['csv', 'csv-quantities'] as const

// The builder's CSV, streamed row by row (flat memory at any size). The input, the
// member's access and the documents are checked before a byte is written, so the
// route still answers an error with its status; a failure later cuts the stream. No
// whole model exists to hash, so the file is named by its title and the day.
export async function prepareReportCsvExport({ actor, format, ...input }: { actor: Actor; format: (typeof CSV_FORMATS)[number] } & Record<string, unknown>) {
  const { workspaceId, documentIds, title } = parseInput(ZBuildReport, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const documents = await loadDocuments(db, workspaceId, documentIds)
  const stem = fileStem(title ?? (documents.length === 1 ? `Claim report: ${documents[0]!.title}` : `Claim report: ${documents.length} documents`))
  return {
    filename: `${stem}-${new Date().toISOString().slice(0, 10)}.${EXTENSIONS[format]}`,
    contentType: 'text/csv; charset=utf-8; header=present',
    write: (stream: Writable) => streamReportCsv({ actor, ...input }, format === 'csv' ? { claims: stream } : { quantities: stream }),
  }
}

// ASCII letters, digits and dashes only: safe in Content-Disposition and on every file system.
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return stem || 'report'
}

export function attachmentHeaders(file: ExportedFile): HeadersInit {
  return {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.filename}"`,
    'content-length': String(file.body.length),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  }
}
