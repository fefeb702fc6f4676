import 'server-only'
// Every export format of a report as bytes with their content type and a safe file
// name, for the routes. Published reports export their frozen snapshot; the builder's
// preview exports a report built on the spot (nothing stored).
import type { Actor } from '@/lib/auth/actor'
import { parseInput } from '@/lib/validation'
import { buildReport } from './build-report'
import { claimReviewJsonLd } from './claim-review'
import { getReport } from './find-reports'
import { renderReportCsv } from './render-csv'
import { renderReportHtmlWithChart } from './render-html'
import { renderReportMarkdown } from './render-markdown'
import { renderReportPdf } from './render-pdf'
import { reportContentHash } from './report-hash'
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
  switch (format) {
    case 'pdf':
      return { body: await renderReportPdf(report, contentHash), contentType: 'application/pdf', filename }
    case 'html':
      return text(await renderReportHtmlWithChart(report, contentHash, jsonLd()), 'text/html; charset=utf-8')
    case 'md':
      return text(renderReportMarkdown(report, contentHash), 'text/markdown; charset=utf-8')
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
