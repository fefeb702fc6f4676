import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/roles'
import { parseInput } from '@/lib/validation'
import { findAppHeader, type AppHeaderData } from '@/lib/workspaces/find-app-header'
import { getDocumentHeader, type DocumentHeaderView } from './get-document-header'
import { ZDocumentRef } from './schemas'

// Everything of the document page that is the reader's own: the app header, the
// document's header with the members, and what they may do. The text, claims and
// comments, the same for every member, come from the view (find-document-view.ts).
export interface DocumentPageData {
  header: AppHeaderData & { userLabel: string; isEmailVerified: boolean }
  currentUserId: string
  document: DocumentHeaderView
  can: { editClaims: boolean; review: boolean; editText: boolean }
}

export async function findDocumentPage({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<DocumentPageData> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const [header, { role, ...document }] = await Promise.all([findAppHeader({ actor, workspaceId }), getDocumentHeader({ actor, workspaceId, documentId })])
  return {
    header: { ...header, userLabel: actor.name ?? actor.email, isEmailVerified: actor.isEmailVerified !== false },
    currentUserId: actor.id,
    document,
    can: { editClaims: can(role, 'claim.edit'), review: can(role, 'claim.review'), editText: can(role, 'document.edit') },
  }
}
