import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Tx } from '@/lib/db/client'
import { readStoredLocation, type StoredQuoteLocation } from '@/lib/quotes/stored-location'
import { locateIn, locationJson, locationSummary, lockSourceForQuotes, snapshotIndex } from './locate-evidence-quote'

// When a snapshot of a source finishes (lib/snapshots/run-snapshot-job.ts, in the same
// transaction): the source's evidence whose quote has no location yet is located in it,
// and so is evidence whose quote was not found in an older snapshot (the page may have
// been a landing page, the upload the real report). A quote found in an older snapshot
// keeps that location: it is what the reviewer checked, and the report cites it. Every
// change is an activity row (the claim panel refreshes live); a replaced location goes
// into the new one's history. Returns how many quotes were located.
export async function locateSourceQuotes(tx: Tx, snapshotId: string): Promise<number> {
  const snapshot = await tx.sourceSnapshot.findUnique({ where: { id: snapshotId }, select: { id: true, number: true, workspaceId: true, sourceId: true, status: true, text: true, textSha256: true, blocks: true } })
  if (!snapshot || snapshot.status !== 'DONE') return 0
  const { workspaceId, sourceId } = snapshot
  if (!(await lockSourceForQuotes(tx, workspaceId, sourceId, 'update'))) return 0
  // A snapshot finishing after a newer one must not replace the newer one's locations.
  const newer = await tx.sourceSnapshot.count({ where: { workspaceId, sourceId, status: 'DONE', number: { gt: snapshot.number } } })
  if (newer > 0) return 0
  const evidence = await tx.evidence.findMany({
    where: { workspaceId, sourceId, removedAt: null },
    select: { id: true, claimId: true, quote: true, quoteSnapshotId: true, quoteLocation: true, claim: { select: { documentId: true } } },
    orderBy: { createdAt: 'asc' },
  })
  const pending = evidence
    .map((item) => ({ item, previous: item.quoteSnapshotId ? readStoredLocation(item.quoteLocation) : null }))
    .filter(({ item, previous }) => needsLocating(item.quoteSnapshotId, previous, snapshot))
  if (pending.length === 0) return 0
  const index = snapshotIndex(snapshot)
  for (const { item, previous } of pending) {
    const location = locateIn(index, snapshot, item.quote, previous, 'new-snapshot')
    await tx.evidence.update({ where: { id: item.id }, data: { quoteSnapshotId: snapshot.id, quoteLocation: locationJson(location) } })
    await recordActivity(tx, {
      workspaceId,
      actorId: null,
      subjectType: 'Evidence',
      subjectId: item.id,
      documentId: item.claim.documentId,
      claimId: item.claimId,
      action: 'evidence.quote_located',
      before: locationSummary(previous),
      after: locationSummary(location),
    })
  }
  return pending.length
}

function needsLocating(snapshotId: string | null, previous: StoredQuoteLocation | null, snapshot: { id: string; number: number }): boolean {
  if (!snapshotId || !previous) return true
  return previous.status !== 'found' && previous.snapshotNumber < snapshot.number
}
