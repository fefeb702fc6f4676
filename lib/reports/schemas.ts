// Inputs of the published-report services (publish, share, revoke, read by token).
// What a report is built from (documents, options) is parsed by buildReport itself.
import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const MAX_SHARE_DAYS = 366

// 32 random bytes in base64url: exactly 43 characters of [A-Za-z0-9_-].
export const ZShareToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a share token')

export const ZReportTitle = z.string({ error: 'is required' }).trim().min(1, 'is required').max(300, 'must be at most 300 characters')

// documentIds and options are parsed by buildReport, which the publish builds with.
export const ZPublishReport = z.object({ workspaceId: ZId, title: ZReportTitle })

export const ZReportRef = z.object({ workspaceId: ZId, reportId: ZId })

// An optional expiry: an ISO date ("2027-01-31", the end of that day in UTC) or date-time, in the future, at most a year ahead.
export const ZShareExpiry = z
  .union([z.iso.datetime({ offset: true, error: 'must be an ISO date or date-time' }), z.iso.date({ error: 'must be an ISO date or date-time' })])
  .transform((value) => new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value))
  .refine((date) => date.getTime() > Date.now(), 'must be in the future')
  .refine((date) => date.getTime() <= Date.now() + MAX_SHARE_DAYS * 24 * 3600 * 1000, 'must be at most a year from now')

export const ZCreateShareLink = ZReportRef.extend({
  expiresAt: z.union([z.null(), z.literal(''), ZShareExpiry]).optional().transform((value) => (value instanceof Date ? value : null)),
})

export type TCreateShareLink = z.infer<typeof ZCreateShareLink>

export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'csv-quantities', 'claimreview'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const ZExportFormat = z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` })

type QueryValue = string | string[] | undefined

// The builder's choices as they travel in a URL (the preview page, the preview export):
// documentIds=a,b (or repeated), scope=verified|all, comments=1, audit=1. Only reshaped
// here; buildReport validates them and names the field of any problem.
export function reportChoicesFromQuery(query: Record<string, QueryValue>) {
  const list = (value: QueryValue) => (Array.isArray(value) ? value : value ? [value] : [])
  const flag = (value: QueryValue) => ['1', 'true', 'on', 'yes'].includes(list(value)[0] ?? '')
  return {
    documentIds: list(query.documentIds).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean),
    options: { scope: list(query.scope)[0] || 'verified', includeComments: flag(query.comments), includeAuditAppendix: flag(query.audit) },
  }
}

export function queryOf(params: URLSearchParams): Record<string, string[]> {
  const query: Record<string, string[]> = {}
  for (const [key, value] of params) (query[key] ??= []).push(value)
  return query
}

// The inverse of reportChoicesFromQuery, for links from the builder and the preview.
export function reportQueryString(choices: { documentIds: string[]; options: { scope: string; includeComments: boolean; includeAuditAppendix: boolean } }): string {
  const params = new URLSearchParams({ documentIds: choices.documentIds.join(','), scope: choices.options.scope })
  if (choices.options.includeComments) params.set('comments', '1')
  if (choices.options.includeAuditAppendix) params.set('audit', '1')
  return params.toString()
}

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  html: 'HTML',
  pdf: 'PDF',
  md: 'Markdown',
  csv: 'CSV claims',
  'csv-quantities': 'CSV quantities',
  claimreview: 'ClaimReview JSON-LD',
}
