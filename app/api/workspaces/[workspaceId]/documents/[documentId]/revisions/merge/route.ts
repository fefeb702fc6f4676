import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { mergeRevision } from '@/lib/documents/merge-revision'
import { MAX_EDIT_BODY_BYTES } from '@/lib/documents/save-revision'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// { baseNumber, content } of an edit that conflicted → theirs, mine and the merge of both.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await mergeRevision({ ...(await readJsonObject(request, MAX_EDIT_BODY_BYTES)), ...(await params), actor }))
})
