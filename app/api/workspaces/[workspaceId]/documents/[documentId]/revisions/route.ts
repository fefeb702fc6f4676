import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { MAX_EDIT_BODY_BYTES, saveRevision } from '@/lib/documents/save-revision'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// An edit: { baseNumber, content } → the next revision, claims re-anchored. 409 when
// someone saved after baseNumber (then POST .../revisions/merge).
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const saved = await saveRevision({ ...(await readJsonObject(request, MAX_EDIT_BODY_BYTES)), ...(await params), actor })
  return NextResponse.json(saved, { status: saved.isUnchanged ? 200 : 201 })
})
