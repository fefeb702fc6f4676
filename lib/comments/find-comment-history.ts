import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { renderComment } from '@/lib/markdown/render-comment'
import { parseInput } from '@/lib/validation'
import { displayName, findMembers, getLiveComment } from './comment-records'
import { ZCommentRef } from './schemas'

export interface CommentEditView {
  id: string
  // The words before this edit, raw and rendered.
  body: string
  html: string
  editedAt: string
  editedBy: string
}

// What a comment said before each edit, newest first. A deleted comment has no history to show.
export async function findCommentHistory({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<CommentEditView[]> {
  const { workspaceId, commentId } = parseInput(ZCommentRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const comment = await getLiveComment(db, workspaceId, commentId)
  const [edits, members] = await Promise.all([
    db.commentEdit.findMany({ where: { commentId: comment.id }, include: { editedBy: { select: { name: true, email: true } } }, orderBy: { editedAt: 'desc' } }),
    findMembers(db, workspaceId),
  ])
  return edits.map((edit) => ({ id: edit.id, body: edit.body, html: renderComment(edit.body, members), editedAt: edit.editedAt.toISOString(), editedBy: displayName(edit.editedBy) }))
}
