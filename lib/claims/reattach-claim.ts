import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { textQuoteSelector, trimSpan } from '@/lib/anchor/selectors'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import { lockLatestRevision } from '@/lib/documents/lock-document'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { analyzeSpan } from './analyze-span'
import { toQuantityRows } from './claim-rows'
import { getEditableClaim, updateClaimAtVersion } from './editable-claim'
import { ZReattachClaim } from './schemas'

// An orphan (a claim whose words an edit removed) is attached to words of the current
// revision that an editor selected. Its figures are read from the new words; if they
// differ from the last good quote, the claim is flagged as changed since review.
export async function reattachClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version, start, end } = parseInput(ZReattachClaim, input)
  return getDb().$transaction(async (tx) => {
    const claim = await getEditableClaim(tx, actor, { workspaceId, claimId, version })
    if (!claim.orphanedAt) throw new AppError('INVALID_INPUT', 'This claim is not orphaned: it is still attached to its words')
    const revision = await lockLatestRevision(tx, workspaceId, claim.documentId, 'claims')
    if (end > revision.text.length) throw new AppError('INVALID_INPUT', `The selection ends at ${end}, past the end of the text (${revision.text.length})`, [{ field: 'end', message: 'is outside the text' }])
    if (!revision.text.slice(start, end).trim()) throw new AppError('INVALID_INPUT', 'The selection is only whitespace: select the words of the claim', [{ field: 'start', message: 'selects no words' }])
    const span = trimSpan(revision.text, start, end)
    const { exact, prefix, suffix } = textQuoteSelector(revision.text, span.start, span.end)
    const reading = analyzeSpan(revision.text, span.start, span.end)
    const isChanged = exact !== claim.quote
    await updateClaimAtVersion(tx, claim, {
      revisionId: revision.id,
      ...span,
      quote: exact,
      prefix,
      suffix,
      orphanedAt: null,
      derived: reading.changes.length ? (reading.changes.map((change) => ({ ...change })) as InputJsonValue) : undefined,
      ...(isChanged ? { textChangedAt: new Date(), previousQuote: claim.previousQuote ?? claim.quote, status: claim.status === 'READY' || claim.status === 'VERIFIED' ? 'IN_REVIEW' : claim.status } : {}),
    })
    await tx.quantity.deleteMany({ where: { claimId } })
    const quantities = toQuantityRows(claimId, reading.quantities)
    if (quantities.length) await tx.quantity.createMany({ data: quantities })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: claimId, documentId: claim.documentId, claimId, action: 'claim.reattached', before: { revisionId: claim.revisionId, quote: claim.quote }, after: { revisionId: revision.id, ...span, quote: exact } })
    return { id: claimId }
  })
}
