// Saved report filters: named criteria that pick a workspace's documents for a report.
import { z } from 'zod'
import { ZPublishedAt } from '@/lib/documents/schemas'
import { ZId } from '@/lib/validation'

export const MAX_FILTER_NAME = 100
export const MAX_TITLE_CONTAINS = 200

const optionalDate = ZPublishedAt.optional().transform((value) => value ?? undefined)

// At least one criterion; dates are real calendar dates (YYYY-MM-DD), the range in order.
export const ZReportFilterCriteria = z
  .object(
    {
      titleContains: z
        .string({ error: 'must be text' })
        .trim()
        .max(MAX_TITLE_CONTAINS, `must be at most ${MAX_TITLE_CONTAINS} characters`)
        .optional()
        .transform((value) => value || undefined),
      publishedFrom: optionalDate,
      publishedTo: optionalDate,
      onlyWithVerifiedClaims: z
        .boolean({ error: 'must be true or false' })
        .optional()
        .transform((value) => value || undefined),
    },
    { error: 'must be an object of criteria' },
  )
  .superRefine((criteria, context) => {
    if (criteria.publishedFrom && criteria.publishedTo && criteria.publishedTo < criteria.publishedFrom) {
      context.addIssue({ code: 'custom', path: ['publishedTo'], message: 'must be on or after publishedFrom' })
    }
    if (!criteria.titleContains && !criteria.publishedFrom && !criteria.publishedTo && !criteria.onlyWithVerifiedClaims) {
      context.addIssue({ code: 'custom', message: 'must set at least one criterion (titleContains, publishedFrom, publishedTo or onlyWithVerifiedClaims)' })
    }
  })

export interface ReportFilterCriteria {
  titleContains?: string
  publishedFrom?: string
  publishedTo?: string
  onlyWithVerifiedClaims?: boolean
}

// What the services return (also what the builder receives from the API).
export interface ReportFilterView {
  id: string
  name: string
  criteria: ReportFilterCriteria
  createdBy: string
  createdAt: string
}

export interface ResolvedReportFilter {
  filter: ReportFilterView
  documentIds: string[]
  documents: { id: string; title: string; publishedAt: string | null }[]
  // How many documents matched in all; more than 50 (MAX_REPORT_DOCUMENTS) sets truncated.
  matchCount: number
  truncated: boolean
}

export const ZFilterName = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(MAX_FILTER_NAME, `must be at most ${MAX_FILTER_NAME} characters`)

export const ZCreateReportFilter = z.object({ workspaceId: ZId, name: ZFilterName, criteria: ZReportFilterCriteria })

export const ZReportFilterRef = z.object({ workspaceId: ZId, filterId: ZId })

// The filter a builder URL names (?filterId=…), if any.
export function filterIdFromQuery(query: Record<string, string | string[] | undefined>): string | null {
  const value = Array.isArray(query.filterId) ? query.filterId[0] : query.filterId
  return value?.trim() || null
}

// A human description of criteria, for lists and the builder.
export function describeCriteria(criteria: ReportFilterCriteria): string {
  const parts: string[] = []
  if (criteria.titleContains) parts.push(`title contains “${criteria.titleContains}”`)
  if (criteria.publishedFrom && criteria.publishedTo) parts.push(`published ${criteria.publishedFrom} to ${criteria.publishedTo}`)
  else if (criteria.publishedFrom) parts.push(`published on or after ${criteria.publishedFrom}`)
  else if (criteria.publishedTo) parts.push(`published on or before ${criteria.publishedTo}`)
  if (criteria.onlyWithVerifiedClaims) parts.push('with verified claims')
  return parts.join(', ')
}
