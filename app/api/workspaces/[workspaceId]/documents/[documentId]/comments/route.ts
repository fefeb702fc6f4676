import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { MAX_COMMENT_BYTES } from '@/lib/comments/schemas'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// The document's threads; ?claimId= narrows them to one claim's.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const claimId = new URL(request.url).searchParams.get('claimId') || undefined
  return NextResponse.json({ comments: await findComments({ claimId, ...(await params), actor }) })
})

// { body, start?, end?, claimId?, parentId? }: on a selection of the current text, a claim,
// the document, or a reply in a thread.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  // room for a comment at its longest, escaped, and the JSON around it
  const comment = await createComment({ ...(await readJsonObject(request, MAX_COMMENT_BYTES * 2 + 4096)), ...(await params), actor })
  return NextResponse.json({ comment }, { status: 201 })
})
