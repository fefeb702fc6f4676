import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { createComment } from '@/lib/comments/create-comment'
import { findCommentPage } from '@/lib/comments/find-comment-page'
import { MAX_COMMENT_BYTES } from '@/lib/comments/schemas'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// A page of the document's threads, { comments, nextCursor }; ?claimId= narrows them to
// one claim's, ?cursor= (a nextCursor) and ?limit= (1–200 threads) page through them.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  const claimId = query.get('claimId') || undefined
  return NextResponse.json(await findCommentPage({ claimId, cursor: query.get('cursor'), limit: query.get('limit'), ...(await params), actor }))
})

// { body, start?, end?, claimId?, parentId? }: on a selection of the current text, a claim,
// the document, or a reply in a thread.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  // room for a comment at its longest, escaped, and the JSON around it
  const comment = await createComment({ ...(await readJsonObject(request, MAX_COMMENT_BYTES * 2 + 4096)), ...(await params), actor })
  return NextResponse.json({ comment }, { status: 201 })
})
