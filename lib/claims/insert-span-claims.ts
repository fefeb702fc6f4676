import 'server-only'
import type { Tx } from '@/lib/db/client'
import { trimSpan } from '@/lib/anchor/selectors'
import { AppError } from '@/lib/errors'
import { analyzeSpan } from './analyze-span'
import { toClaimRows } from './claim-rows'

interface RevisionRef {
  workspaceId: string
  documentId: string
  revisionId: string
  text: string
}

// New claims over given spans of a revision, read by the engine; returns their ids.
export async function insertSpanClaims(tx: Tx, revision: RevisionRef, spans: { start: number; end: number }[], origin: 'MANUAL' | 'MERGED' | 'SPLIT', actorId: string) {
  for (const { start, end } of spans) {
    if (end > revision.text.length) throw new AppError('INVALID_INPUT', `The selection ends at ${end}, past the end of the text (${revision.text.length})`, [{ field: 'end', message: 'is outside the text' }])
    if (!revision.text.slice(start, end).trim()) throw new AppError('INVALID_INPUT', 'The selection is only whitespace: select the words of the claim', [{ field: 'start', message: 'selects no words' }])
  }
  const trimmed = spans.map(({ start, end }) => trimSpan(revision.text, start, end))
  const { claimRows, quantityRows } = toClaimRows(revision, trimmed.map(({ start, end }) => analyzeSpan(revision.text, start, end)), { origin, createdById: actorId })
  await tx.claim.createMany({ data: claimRows })
  if (quantityRows.length) await tx.quantity.createMany({ data: quantityRows })
  return claimRows.map((row) => row.id!)
}
