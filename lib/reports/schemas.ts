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
