// A quote's location as Evidence.quoteLocation keeps it: what locateQuote found, the
// snapshot it was found in (id and number, so the location is never read against
// another version of the source), when, and the earlier locations it replaced. JSON;
// read back through readStoredLocation, which refuses anything of another shape.
import { z } from 'zod'
import type { QuoteLocation, QuoteMethod, QuoteStatus } from './locate-quote'
import type { QuoteSelector } from './quote-selectors'

export const STORED_LOCATION_VERSION = 1
// Earlier locations kept in the row; the activity log keeps every one.
const MAX_HISTORY = 20

export type ReplacedBecause = 'quote-edited' | 'new-snapshot'

export interface PreviousLocation {
  snapshotId: string
  snapshotNumber: number
  status: QuoteStatus
  start?: number
  end?: number
  page?: number | null
  locatedAt: string
  replacedBecause: ReplacedBecause
}

export interface StoredQuoteLocation {
  version: typeof STORED_LOCATION_VERSION
  snapshotId: string
  snapshotNumber: number
  locatedAt: string // ISO
  status: QuoteStatus
  method: QuoteMethod | null
  reason?: string
  start?: number // offsets into the snapshot's text, UTF-16, end exclusive
  end?: number
  blockIndex?: number // 0-based block (paragraph) of the snapshot the quote starts in
  endBlockIndex?: number
  page?: number | null
  endPage?: number | null
  score?: number
  occurrences?: number
  selectors?: QuoteSelector[]
  history?: PreviousLocation[] // oldest first
}

export function toStoredLocation(location: QuoteLocation, snapshot: { id: string; number: number }, at: Date, history: PreviousLocation[] = []): StoredQuoteLocation {
  const { status, method, reason, start, end, blockIndex, endBlockIndex, page, endPage, score, occurrences, selectors } = location
  const stored: StoredQuoteLocation = { version: STORED_LOCATION_VERSION, snapshotId: snapshot.id, snapshotNumber: snapshot.number, locatedAt: at.toISOString(), status, method }
  Object.assign(stored, defined({ reason, start, end, blockIndex, endBlockIndex, page, endPage, score, occurrences, selectors }))
  if (history.length > 0) stored.history = history.slice(-MAX_HISTORY)
  return stored
}

// The history a new location carries: the old one's, and the old one itself.
export function historyAfter(previous: StoredQuoteLocation | null, because: ReplacedBecause): PreviousLocation[] {
  if (!previous) return []
  const { snapshotId, snapshotNumber, status, start, end, page, locatedAt } = previous
  return [...(previous.history ?? []), { snapshotId, snapshotNumber, status, ...defined({ start, end, page }), locatedAt, replacedBecause: because }]
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>
}

const ZOffset = z.number().int().nonnegative()
const ZSelector = z.union([
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal('TextPositionSelector'), start: ZOffset, end: ZOffset }),
  z.object({ type: z.literal('FragmentSelector'), conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3778'), value: z.string() }),
])
const ZStatus = z.enum(['found', 'figure-differs', 'not-found'])
const ZPrevious = z.object({
  snapshotId: z.string(),
  snapshotNumber: z.number().int().positive(),
  status: ZStatus,
  start: ZOffset.optional(),
  end: ZOffset.optional(),
  page: z.number().int().positive().nullable().optional(),
  locatedAt: z.string(),
  replacedBecause: z.enum(['quote-edited', 'new-snapshot']),
})
const ZStored = z.object({
  version: z.literal(STORED_LOCATION_VERSION),
  snapshotId: z.string(),
  snapshotNumber: z.number().int().positive(),
  locatedAt: z.string(),
  status: ZStatus,
  method: z.enum(['exact', 'normalized', 'omission', 'fuzzy']).nullable(),
  reason: z.string().optional(),
  start: ZOffset.optional(),
  end: ZOffset.optional(),
  blockIndex: ZOffset.optional(),
  endBlockIndex: ZOffset.optional(),
  page: z.number().int().positive().nullable().optional(),
  endPage: z.number().int().positive().nullable().optional(),
  score: z.number().optional(),
  occurrences: z.number().int().nonnegative().optional(),
  selectors: z.array(ZSelector).optional(),
  history: z.array(ZPrevious).optional(),
})

// Null for a row without a location, or one whose JSON is not a location (it is then
// treated as not located, and located again when the source's next snapshot finishes).
export function readStoredLocation(json: unknown): StoredQuoteLocation | null {
  if (json == null) return null
  const parsed = ZStored.safeParse(json)
  return parsed.success ? (parsed.data as StoredQuoteLocation) : null
}

// Where the source page's reader shows the quote: the snapshot, and the quote's
// characters in its text (the TextPositionSelector).
export function quoteReaderPath(workspaceId: string, sourceId: string, snapshotNumber: number, span?: { start?: number; end?: number }): string {
  const base = `/w/${encodeURIComponent(workspaceId)}/sources/${encodeURIComponent(sourceId)}?snapshot=${snapshotNumber}`
  return span?.start !== undefined && span.end !== undefined ? `${base}&at=${span.start}-${span.end}` : base
}
