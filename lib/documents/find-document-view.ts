import 'server-only'
import { createHash } from 'node:crypto'
import { getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { findClaims, type ClaimView } from '@/lib/claims/find-claims'
import { findComments, type CommentView } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import type { EditorDocument } from '@/lib/editor/editor-document'
import { parseInput } from '@/lib/validation'
import { documentViewCache, type CachedView } from './document-view-cache'
import { getDocumentForReading } from './get-document'
import { ZDocumentView } from './schemas'

// What the document page loads after its shell: the text as the reader shows it, the
// claims and the comments. The same for every member, so it is built once per change
// and kept (document-view-cache.ts); who may do what stays with the page.
export interface DocumentView {
  // The newest activity on the document when this was read (an ActivityEvent id).
  version: string
  revisionNumber: number
  content: EditorDocument
  lineStarts: number[]
  claims: ClaimView[]
  comments: CommentView[]
}

// The view as JSON, at least as new as `minVersion` (the newest activity the caller
// has seen: its own change, or the one a live update announced).
export async function findDocumentView({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<CachedView> {
  const { workspaceId, documentId, minVersion } = parseInput(ZDocumentView, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  return documentViewCache().get(workspaceId, documentId, minVersion, () => buildDocumentView({ actor, workspaceId, documentId }))
}

// The view read afresh: five statements once the actor's roles are known, whatever the
// number of claims (tests/integration/query-bounds.test.ts).
export async function buildDocumentView(ref: { actor: Actor; workspaceId: string; documentId: string }): Promise<CachedView> {
  // The version first: whatever commits after it is announced, and a newer view built.
  const version = await getLatestDocumentActivityId(ref)
  const [document, claims, comments] = await Promise.all([getDocumentForReading(ref), findClaims(ref), findComments(ref)])
  const view: DocumentView = { version, revisionNumber: document.revision.number, ...document.reader, claims, comments }
  const body = Buffer.from(JSON.stringify(view))
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  return { version: BigInt(version), body, etag }
}
