import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { textQuoteSelector, trimSpan } from '@/lib/anchor/selectors'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { lockLatestRevision } from '@/lib/documents/lock-document'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZCreateComment } from './schemas'

// A comment, anchored with W3C selectors when it is on a selection of the current
// revision's text, so edits carry it along like a claim.
export async function createComment({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, body, start, end, claimId } = parseInput(ZCreateComment, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const revision = await lockLatestRevision(tx, workspaceId, documentId, 'claims')
    if (claimId && !(await tx.claim.findFirst({ where: { id: claimId, workspaceId, documentId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'Claim not found')
    let anchor = {}
    if (start !== undefined && end !== undefined) {
      if (end > revision.text.length) throw new AppError('INVALID_INPUT', `The selection ends at ${end}, past the end of the text (${revision.text.length})`, [{ field: 'end', message: 'is outside the text' }])
      if (!revision.text.slice(start, end).trim()) throw new AppError('INVALID_INPUT', 'The selection is only whitespace: select the words to comment on', [{ field: 'start', message: 'selects no words' }])
      const span = trimSpan(revision.text, start, end)
      const { exact, prefix, suffix } = textQuoteSelector(revision.text, span.start, span.end)
      anchor = { revisionId: revision.id, ...span, quote: exact, prefix, suffix }
    }
    const comment = await tx.comment.create({ data: { workspaceId, documentId, claimId: claimId ?? null, authorId: actor.id, body, ...anchor }, select: { id: true } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Comment', subjectId: comment.id, documentId, claimId: claimId ?? null, action: 'comment.created', after: { documentId, claimId, start, end, body } })
    return comment
  })
}
