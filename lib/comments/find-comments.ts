import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { ZDocumentRef } from '@/lib/documents/schemas'
import { parseInput } from '@/lib/validation'

export interface CommentView {
  id: string
  claimId: string | null
  author: string
  body: string
  createdAt: string
  // Where it is anchored in the current text; null for a comment on the whole document or a claim.
  anchor: { start: number; end: number; quote: string } | null
  // Its words were lost in an edit; `lastQuote` is what it was about.
  isOrphaned: boolean
  lastQuote: string | null
}

// The document's comments, oldest first. Bodies are plain text: pages render them as
// text, never as HTML.
export async function findComments({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<CommentView[]> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const comments = await db.comment.findMany({
    where: { workspaceId, documentId, deletedAt: null },
    include: { author: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  })
  return comments.map((comment) => ({
    id: comment.id,
    claimId: comment.claimId,
    author: comment.author.name ?? comment.author.email,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    anchor: comment.start !== null && comment.end !== null && comment.quote !== null && !comment.orphanedAt ? { start: comment.start, end: comment.end, quote: comment.quote } : null,
    isOrphaned: comment.orphanedAt !== null,
    lastQuote: comment.quote,
  }))
}
