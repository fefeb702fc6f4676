import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { MAX_COMMENT_BYTES } from '@/lib/comments/schemas'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ comments: await findComments({ ...(await params), actor }) })
})

// { body, start?, end?, claimId? }: on a selection of the current text, a claim, or the document.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  // room for a comment at its longest, escaped, and the JSON around it
  const comment = await createComment({ ...(await readJsonObject(request, MAX_COMMENT_BYTES * 2 + 4096)), ...(await params), actor })
  return NextResponse.json({ comment }, { status: 201 })
})
