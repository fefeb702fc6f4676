import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { textQuoteSelector, trimSpan } from '@/lib/anchor/selectors'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { lockLatestRevision } from '@/lib/documents/lock-document'
import { AppError } from '@/lib/errors'
import { parseMentions } from '@/lib/markdown/mentions'
import { notify } from '@/lib/notifications/notify'
import { parseInput } from '@/lib/validation'
import { displayName, excerpt, findMembers } from './comment-records'
import { ZCreateComment } from './schemas'

// The same words posted again by the same author in the same place this soon are a
// double submit: the first comment is returned, no second one is made.
const DOUBLE_SUBMIT_MS = 10_000

// A comment, anchored with W3C selectors when it is on a selection of the current
// revision's text, so edits carry it along like a claim. A reply joins its thread:
// replies to a reply attach to the thread's first comment, one level deep.
export async function createComment({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, body, start, end, claimId, parentId } = parseInput(ZCreateComment, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const revision = await lockLatestRevision(tx, workspaceId, documentId, 'claims')
    const root = parentId ? await findThreadRoot(tx, workspaceId, documentId, parentId) : null
    if (!root && claimId && !(await tx.claim.findFirst({ where: { id: claimId, workspaceId, documentId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'Claim not found')
    const threadClaimId = root ? root.claimId : (claimId ?? null)
    let anchor: { revisionId?: string; start?: number; end?: number; quote?: string; prefix?: string; suffix?: string } = {}
    if (!root && start !== undefined && end !== undefined) {
      if (end > revision.text.length) throw new AppError('INVALID_INPUT', `The selection ends at ${end}, past the end of the text (${revision.text.length})`, [{ field: 'end', message: 'is outside the text' }])
      if (!revision.text.slice(start, end).trim()) throw new AppError('INVALID_INPUT', 'The selection is only whitespace: select the words to comment on', [{ field: 'start', message: 'selects no words' }])
      const span = trimSpan(revision.text, start, end)
      const { exact, prefix, suffix } = textQuoteSelector(revision.text, span.start, span.end)
      anchor = { revisionId: revision.id, ...span, quote: exact, prefix, suffix }
    }
    // Two submits of one comment run one after the other, so the second sees the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`comment:${actor.id}:${documentId}`}))`
    const duplicate = await tx.comment.findFirst({
      where: { workspaceId, documentId, authorId: actor.id, parentId: root?.id ?? null, claimId: threadClaimId, body, start: anchor.start ?? null, end: anchor.end ?? null, deletedAt: null, createdAt: { gte: new Date(Date.now() - DOUBLE_SUBMIT_MS) } },
      select: { id: true },
    })
    if (duplicate) return duplicate

    const members = await findMembers(tx, workspaceId)
    const mentionedUserIds = parseMentions(body, members)
    const comment = await tx.comment.create({ data: { workspaceId, documentId, claimId: threadClaimId, parentId: root?.id ?? null, authorId: actor.id, body, mentionedUserIds, ...anchor }, select: { id: true } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Comment', subjectId: comment.id, documentId, claimId: threadClaimId, action: root ? 'comment.replied' : 'comment.created', after: { documentId, claimId: threadClaimId, parentId: root?.id, start, end, characters: body.length } })
    const context = { workspaceId, actorId: actor.id, documentId, claimId: threadClaimId, commentId: comment.id }
    await notify(tx, mentionedUserIds, { ...context, kind: 'MENTION', message: `${displayName(actor)} mentioned you: “${excerpt(body)}”` })
    if (root) {
      const memberIds = new Set(members.map((member) => member.id))
      const thread = await tx.comment.findMany({ where: { parentId: root.id, deletedAt: null, id: { not: comment.id } }, select: { authorId: true } })
      // Mentioned members already heard about this comment.
      const recipients = [root.authorId, ...thread.map((reply) => reply.authorId)].filter((id) => memberIds.has(id) && !mentionedUserIds.includes(id))
      await notify(tx, recipients, { ...context, kind: 'REPLY', message: `${displayName(actor)} replied: “${excerpt(body)}”` })
    }
    return comment
  })
}

async function findThreadRoot(tx: Tx, workspaceId: string, documentId: string, parentId: string) {
  const parent = await tx.comment.findFirst({ where: { id: parentId, workspaceId, documentId, deletedAt: null } })
  if (!parent) throw new AppError('NOT_FOUND', 'The comment you are replying to was not found: it may have been deleted', [{ field: 'parentId', message: 'is not a comment of this document' }])
  if (!parent.parentId) return parent
  const root = await tx.comment.findFirst({ where: { id: parent.parentId, workspaceId, documentId } })
  if (!root) throw new AppError('NOT_FOUND', 'The thread you are replying to was not found')
  return root
}
