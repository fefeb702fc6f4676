import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { reanchor } from '@/lib/anchor/reanchor'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { applyReanchoring, type AnchoredClaim } from '@/lib/claims/apply-reanchoring'
import { reanchorComments } from '@/lib/comments/reanchor-comments'
import { getDb, type Tx } from '@/lib/db/client'
import { editorDocumentOf } from './editor-document-of'
import { lockLatestRevision } from './lock-document'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import { canonicalizeDocument } from '@/lib/editor/canonicalize'
import { AppError } from '@/lib/errors'
import { utf8ByteLength } from '@/lib/text/canonical-text'
import { contentHash } from '@/lib/text/content-hash'
import { explainDuplicate } from './reject-duplicate'
import { parseInput } from '@/lib/validation'
import { ZSaveRevision } from './schemas'
import { refreshAfterWrite } from '@/lib/checked-before/refresh-prior-checks'

// The browser editor's limit: larger documents are imported, not typed.
export const MAX_EDITED_TEXT_BYTES = 1_000_000
// Its editor JSON, marks and all, is a few times the text.
export const MAX_EDIT_BODY_BYTES = 4 * 1024 * 1024

// An edit becomes the next revision; the old text stays. Every claim is re-anchored
// in the same transaction, under a lock on the document that claim changes also take,
// so no one ever sees the new text with the old offsets and no claim is left behind.
export async function saveRevision({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, baseNumber, content: edited } = parseInput(ZSaveRevision, input)
  const { content, text, blocks } = canonicalizeDocument(edited)
  if (!text) throw new AppError('INVALID_INPUT', 'The document is empty: it needs at least one line of text', [{ field: 'content', message: 'has no text' }])
  const bytes = utf8ByteLength(text)
  if (bytes > MAX_EDITED_TEXT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `The text is ${(bytes / 1e6).toFixed(1)} MB; the editor saves at most 1 MB. Import larger documents as files.`, [{ field: 'content', message: 'is larger than 1 MB' }])
  const hash = contentHash(text)

  const saved = await getDb().$transaction(
    async (tx) => {
      await requireWorkspaceAccess(tx, actor, workspaceId, 'document.edit')
      const latest = await lockLatestRevision(tx, workspaceId, documentId, 'edit')
      if (latest.number !== baseNumber) {
        throw new AppError('CONFLICT', `Someone saved revision ${latest.number} while you were editing revision ${baseNumber}. Compare the two versions and merge them.`, [], { latestNumber: String(latest.number) })
      }
      if (text === latest.text && JSON.stringify(content) === JSON.stringify(canonicalizeDocument(editorDocumentOf(latest)).content)) return { revision: { id: latest.id, number: latest.number }, isUnchanged: true, summary: null }
      const claims = await currentClaims(tx, documentId, latest.id)
      const results = reanchor(latest.text, text, claims.map(({ id, start, end, quote, prefix, suffix }) => ({ id, start, end, exact: quote, prefix, suffix })))
      const revision = await tx.documentRevision.create({
        data: { documentId, number: latest.number + 1, text, blocks: blocks as unknown as InputJsonValue, content: content as unknown as InputJsonValue, contentHash: hash, source: 'edit', baseNumber, createdById: actor.id },
        select: { id: true, number: true },
      })
      await tx.document.update({ where: { id: documentId }, data: { contentHash: hash } })
      const claimSummary = await applyReanchoring(tx, { workspaceId, documentId, revisionId: revision.id, text, actorId: actor.id }, claims, results)
      const commentsOrphaned = await reanchorComments(tx, { documentId, oldRevisionId: latest.id, oldText: latest.text, newRevisionId: revision.id, newText: text })
      const summary = { ...claimSummary, commentsOrphaned }
      await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Document', subjectId: documentId, documentId, action: 'document.edited', before: { revision: baseNumber }, after: { revision: revision.number, ...summary } })
      return { revision, isUnchanged: false, summary }
    },
    // Re-anchoring thousands of claims writes thousands of rows.
    { timeout: 60_000, maxWait: 10_000 },
  ).catch((error: unknown) => explainDuplicate(error, workspaceId, hash, { exceptDocumentId: documentId }))
  // Edited words may now match another earlier check, or none.
  if (!saved.isUnchanged) await refreshAfterWrite({ workspaceId, documentId })
  return saved
}

// The claims that follow the text: current (not merged or split away) and anchored.
// Orphans keep their last good anchor in an older revision until someone re-attaches them.
async function currentClaims(tx: Tx, documentId: string, revisionId: string): Promise<AnchoredClaim[]> {
  return tx.claim.findMany({
    where: { documentId, revisionId, supersededAt: null, orphanedAt: null },
    include: { quantities: { orderBy: { position: 'asc' } } },
    orderBy: { start: 'asc' },
  })
}

