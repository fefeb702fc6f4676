import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { deleteComment } from '@/lib/comments/delete-comment'
import { editComment } from '@/lib/comments/edit-comment'
import { MAX_COMMENT_BYTES } from '@/lib/comments/schemas'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; commentId: string }> }

// { version, body }: its author rewrites a comment; the previous words are kept.
export const PATCH = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const comment = await editComment({ ...(await readJsonObject(request, MAX_COMMENT_BYTES * 2 + 4096)), ...(await params), actor })
  return NextResponse.json({ comment })
})

// { version }: soft delete, by its author or an editor.
export const DELETE = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const comment = await deleteComment({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ comment })
})
