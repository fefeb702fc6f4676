import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { findCommentHistory } from '@/lib/comments/find-comment-history'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; commentId: string }> }

// What the comment said before each edit, newest first.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ edits: await findCommentHistory({ ...(await params), actor }) })
})
