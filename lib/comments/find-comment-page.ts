import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { preparedQuery } from '@/lib/db/prepared-query'
import { takePage } from '@/lib/pagination/keyset'
import { DEFAULT_PAGE_SIZE, encodeTimeCursor, ZPageParams } from '@/lib/pagination/page-cursor'
import { parseInput, ZId } from '@/lib/validation'
import { COMMENT_ROW_SQL, threadsOf, type CommentRow, type CommentView } from './find-comments'

const ZFindCommentPage = z.object({ workspaceId: ZId, documentId: ZId, claimId: ZId.optional(), ...ZPageParams })

// A page of threads: $6 first comments after ($4 createdAt, $5 id) in (createdAt, id)
// order, with all their replies. The keyset rides the (documentId, createdAt) index;
// $4 is an ISO string in UTC, as the column holds it (the cast drops the Z).
const selectThreadPage = preparedQuery<CommentRow>(
  'find_comment_page',
  `WITH roots AS (
     SELECT c.id FROM "Comment" c
      WHERE c."workspaceId" = $1 AND c."documentId" = $2 AND ($3::text IS NULL OR c."claimId" = $3) AND c."parentId" IS NULL
        AND ($4::timestamp(3) IS NULL OR (c."createdAt", c.id) > ($4::timestamp(3), $5::text))
      ORDER BY c."createdAt", c.id LIMIT $6)
   ${COMMENT_ROW_SQL}
    WHERE c."workspaceId" = $1 AND c."documentId" = $2 AND (c.id IN (SELECT id FROM roots) OR c."parentId" IN (SELECT id FROM roots))
    ORDER BY c."createdAt", c.id`,
)

export interface CommentPage {
  comments: CommentView[]
  nextCursor: string | null
}

// The document's threads (or one claim's), oldest first, a page of threads at a time.
// A thread whose first comment was deleted with no replies left is not shown, but
// still counts as read for the cursor, so a page may hold fewer than `limit`.
export async function findCommentPage({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<CommentPage> {
  const { workspaceId, documentId, claimId, cursor, limit = DEFAULT_PAGE_SIZE } = parseInput(ZFindCommentPage, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const rows = await selectThreadPage([workspaceId, documentId, claimId ?? null, cursor?.at.toISOString() ?? null, cursor?.id ?? null, limit + 1])
  const page = takePage(
    rows.filter((row) => row.parentId === null),
    limit,
    (root) => encodeTimeCursor({ at: new Date(root.createdAt), id: root.id }),
  )
  const rootIds = new Set(page.rows.map((root) => root.id))
  const comments = await threadsOf(rows.filter((row) => rootIds.has(row.parentId ?? row.id)))
  return { comments, nextCursor: page.nextCursor }
}
