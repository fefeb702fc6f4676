import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import type { QuoteSnapshot } from '@/lib/quotes/canonical-text'
import { locateQuote } from '@/lib/quotes/locate-quote'
import { cachedQuoteIndex, type QuoteIndex } from '@/lib/quotes/quote-index'
import { historyAfter, toStoredLocation, type ReplacedBecause, type StoredQuoteLocation } from '@/lib/quotes/stored-location'
import type { SnapshotStatus } from './quote-check'

// Evidence quotes are located in the source's newest finished snapshot, in the
// transaction that writes the evidence. Adding or editing evidence takes the source
// row FOR SHARE, and a finishing snapshot takes it FOR UPDATE (locate-source-quotes.ts):
// whichever commits second sees the other, so no quote is left unlocated by a race.

export interface SnapshotText {
  id: string
  number: number
  text: string | null
  textSha256: string | null
  blocks: unknown
}

// Indexing a long PDF's text costs ten times locating one quote in it: a source's
// quotes are located one request after another, so the index is kept for a while.
export function snapshotIndex(snapshot: SnapshotText): QuoteIndex {
  return cachedQuoteIndex(`${snapshot.id}:${snapshot.textSha256}`, () => quoteSnapshotOf(snapshot))
}

// A snapshot row as lib/quotes reads it: its own text, blocks as offsets into it.
export function quoteSnapshotOf(row: Pick<SnapshotText, 'text' | 'blocks'>): QuoteSnapshot {
  const blocks = Array.isArray(row.blocks) ? (row.blocks as { start?: unknown; end?: unknown; page?: unknown; kind?: unknown }[]) : []
  return {
    text: row.text ?? '',
    blocks: blocks.map((block) => ({
      start: typeof block.start === 'number' ? block.start : 0,
      end: typeof block.end === 'number' ? block.end : 0,
      ...(typeof block.page === 'number' ? { page: block.page } : {}),
      ...(typeof block.kind === 'string' ? { kind: block.kind } : {}),
    })),
  }
}

export async function lockSourceForQuotes(tx: Tx, workspaceId: string, sourceId: string, mode: 'share' | 'update'): Promise<boolean> {
  const rows =
    mode === 'share'
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${sourceId} AND "workspaceId" = ${workspaceId} FOR SHARE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${sourceId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
  return rows.length > 0
}

export interface QuotePlacement {
  quoteSnapshotId: string | null
  quoteLocation: StoredQuoteLocation | null
  latestSnapshotStatus: SnapshotStatus | null
}

// Where `quote` stands in the source's newest finished snapshot of this workspace, with
// the previous location (if any) kept in its history. No snapshot yet: not located.
export async function placeQuote(tx: Tx, { workspaceId, sourceId, quote, previous, because }: { workspaceId: string; sourceId: string; quote: string; previous?: StoredQuoteLocation | null; because?: ReplacedBecause }): Promise<QuotePlacement> {
  const latest = await tx.sourceSnapshot.findFirst({ where: { workspaceId, sourceId }, orderBy: { number: 'desc' }, select: { status: true } })
  const ready = await tx.sourceSnapshot.findFirst({ where: { workspaceId, sourceId, status: 'DONE' }, orderBy: { number: 'desc' }, select: { id: true, number: true, text: true, textSha256: true, blocks: true } })
  const latestSnapshotStatus = latest?.status ?? null
  if (!ready) return { quoteSnapshotId: null, quoteLocation: null, latestSnapshotStatus }
  const location = locateIn(snapshotIndex(ready), ready, quote, previous ?? null, because ?? 'quote-edited')
  return { quoteSnapshotId: ready.id, quoteLocation: location, latestSnapshotStatus }
}

export function locateIn(index: QuoteIndex, snapshot: { id: string; number: number }, quote: string, previous: StoredQuoteLocation | null, because: ReplacedBecause): StoredQuoteLocation {
  return toStoredLocation(locateQuote(index, quote), snapshot, new Date(), historyAfter(previous, because))
}

// The location as Prisma writes a Json column (null stays SQL NULL through the caller).
export const locationJson = (location: StoredQuoteLocation) => location as unknown as InputJsonValue

// A short form for activity rows: which snapshot, what was found, where.
export function locationSummary(location: StoredQuoteLocation | null): Record<string, unknown> | null {
  if (!location) return null
  return { snapshotNumber: location.snapshotNumber, status: location.status, ...(location.page != null ? { page: location.page } : {}), ...(location.start !== undefined ? { start: location.start, end: location.end } : {}) }
}
