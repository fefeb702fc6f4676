import 'server-only'
import { textQuoteSelector, trimSpan } from '@/lib/anchor/selectors'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseMentions } from '@/lib/markdown/mentions'
import { parseInput } from '@/lib/validation'
import { displayName, excerpt } from './comment-records'
import { insertComment, lockCommentContext, type CommentContext } from './comment-write-sql'
import { ZCreateComment } from './schemas'

// The same words posted again by the same author in the same place this soon are a
// double submit: the first comment is returned, no second one is made.
const DOUBLE_SUBMIT_SECONDS = 10

// A comment, anchored with W3C selectors when it is on a selection of the current
// revision's text, so edits carry it along like a claim. A reply joins its thread:
// replies to a reply attach to the thread's first comment, one level deep.
// Four statements: BEGIN, the checks and locks, the write, COMMIT.
export async function createComment({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, body, start, end, claimId, parentId } = parseInput(ZCreateComment, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const hasSelection = start !== undefined && end !== undefined
    const context = await lockCommentContext(tx, { workspaceId, documentId, actorId: actor.id, parentId: parentId ?? null, claimId: claimId ?? null, needsText: hasSelection && !parentId })
    const root = parentId ? threadRoot(context) : null
    if (!root && claimId && !context.hasClaim) throw new AppError('NOT_FOUND', 'Claim not found')
    const threadClaimId = root ? root.claimId : (claimId ?? null)
    let anchor: { revisionId?: string; start?: number; end?: number; quote?: string; prefix?: string; suffix?: string } = {}
    if (!root && hasSelection) {
      const text = context.revision.text ?? ''
      if (end > text.length) throw new AppError('INVALID_INPUT', `The selection ends at ${end}, past the end of the text (${text.length})`, [{ field: 'end', message: 'is outside the text' }])
      if (!text.slice(start, end).trim()) throw new AppError('INVALID_INPUT', 'The selection is only whitespace: select the words to comment on', [{ field: 'start', message: 'selects no words' }])
      const span = trimSpan(text, start, end)
      const { exact, prefix, suffix } = textQuoteSelector(text, span.start, span.end)
      anchor = { revisionId: context.revision.id, ...span, quote: exact, prefix, suffix }
    }
    const mentionedUserIds = parseMentions(body, context.members)
    return insertComment(tx, {
      workspaceId,
      documentId,
      actorId: actor.id,
      body,
      claimId: threadClaimId,
      root,
      anchor,
      mentionedUserIds,
      activityAfter: { documentId, claimId: threadClaimId, parentId: root?.id, start, end, characters: body.length },
      messages: { mention: `${displayName(actor)} mentioned you: “${excerpt(body)}”`, reply: `${displayName(actor)} replied: “${excerpt(body)}”` },
      doubleSubmitSeconds: DOUBLE_SUBMIT_SECONDS,
    })
  })
}

function threadRoot({ parent, grandparent }: CommentContext) {
  if (!parent) throw new AppError('NOT_FOUND', 'The comment you are replying to was not found: it may have been deleted', [{ field: 'parentId', message: 'is not a comment of this document' }])
  if (!parent.parentId) return parent
  if (!grandparent) throw new AppError('NOT_FOUND', 'The thread you are replying to was not found')
  return grandparent
}
