import { z } from 'zod'
import { ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import { ZId } from '@/lib/validation'

export const SEARCH_TYPES = ['claim', 'document', 'source', 'evidence', 'comment'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

export const MAX_QUERY_LENGTH = 500
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

const CLAIM_STATUSES = Object.values(ClaimStatus) as [ClaimStatus, ...ClaimStatus[]]
const VERDICTS = Object.values(Verdict) as [Verdict, ...Verdict[]]

// A query string value: absent, one value, or several (?type=claim&type=source), and
// a comma list is the same as several.
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat().flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean)))
    .pipe(z.array(item))

const optionalId = z
  .string()
  .trim()
  .max(64, 'is too long')
  .optional()
  .transform((value) => value || undefined)

// "2024-05-31": the day, in UTC.
const ZDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-05-31')
      .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a calendar date')
      .optional(),
  )

export const ZSearchWorkspace = z
  .object({
    workspaceId: ZId,
    q: z
      .string({ error: 'must be text' })
      .optional()
      .transform((value) => (value ?? '').replace(/\s+/g, ' ').trim())
      .pipe(z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)),
    type: listOf(z.enum(SEARCH_TYPES, { error: `must be one of ${SEARCH_TYPES.join(', ')}` })),
    documentId: optionalId,
    status: listOf(z.enum(CLAIM_STATUSES, { error: `must be one of ${CLAIM_STATUSES.join(', ')}` })),
    verdict: listOf(z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(', ')}` })),
    assigneeId: optionalId,
    authorId: optionalId,
    from: ZDay,
    to: ZDay,
    cursor: z.string().max(500, 'is not a cursor from this search').optional(),
    limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).default(DEFAULT_PAGE_SIZE),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'must not be after the end date', path: ['from'] })

export type SearchInput = z.infer<typeof ZSearchWorkspace>
