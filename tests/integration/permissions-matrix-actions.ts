// The actions the permission matrix added for issue 14: comments' authorship rules,
// reports (publish, share, export), interchange (W3C, JSON, ClaimReview), imports, the
// review queue, notifications, activity and settings reads. Run by permissions-matrix.test.ts.
import { Writable } from 'node:stream'
import type { Actor } from '@/lib/auth/actor'
import { getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import { deleteComment } from '@/lib/comments/delete-comment'
import { editComment } from '@/lib/comments/edit-comment'
import { findCommentHistory } from '@/lib/comments/find-comment-history'
import { findDocuments } from '@/lib/documents/find-documents'
import { getRevision } from '@/lib/documents/get-revision'
import { prepareImport } from '@/lib/documents/prepare-import'
import { saveImport } from '@/lib/documents/save-import'
import { exportClaimReviews } from '@/lib/interchange/export-claim-reviews'
import { exportW3cAnnotations } from '@/lib/interchange/export-w3c-annotations'
import { exportWorkspaceJson } from '@/lib/interchange/export-workspace-json'
import { importW3cAnnotations } from '@/lib/interchange/import-w3c-annotations'
import { importWorkspaceJson } from '@/lib/interchange/import-workspace-json'
import { findMailStatus } from '@/lib/mail/find-mail-status'
import { findNotifications } from '@/lib/notifications/find-notifications'
import { markNotificationsRead } from '@/lib/notifications/mark-read'
import { exportPreviewReport, exportPublishedReport } from '@/lib/reports/export-report'
import { findReportableDocuments, findReports, getReport } from '@/lib/reports/find-reports'
import { publishReport } from '@/lib/reports/publish-report'
import { createReportFilter, deleteReportFilter, findReportFilters, resolveReportFilter } from '@/lib/reports/report-filters'
import { createShareLink, revokeShareLink } from '@/lib/reports/share-link'
import { findQueue } from '@/lib/reviews/find-queue'
import { getVerificationSettings } from '@/lib/reviews/verification-settings'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'
import { type Action, EDITORS, EVERYONE, NO_ONE, OWNERS, REVIEWERS, type World, people, roleOf } from './permissions-matrix-world'

const OPTIONS = { scope: 'all', includeComments: true, includeAuditAppendix: true }
// The actor's own comment; the outsider, who has none here, names the owner's.
const ownComment = (actor: Actor, w: World) => w.commentsBy[roleOf(actor) ?? 'OWNER']
// Someone else's: the owner acts on the editor's comment, everyone else on the owner's.
const othersComment = (actor: Actor, w: World) => w.commentsBy[roleOf(actor) === 'OWNER' ? 'EDITOR' : 'OWNER']
const NO_METADATA = { title: null, author: null, publisher: null }
const unique = () => `${Date.now()}-${Math.random()}`

async function jsonExportOf(workspaceId: string): Promise<string> {
  const chunks: string[] = []
  const sink = new Writable({ write: (chunk, _encoding, done) => void (chunks.push(String(chunk)), done()) })
  await exportWorkspaceJson({ actor: people.OWNER, workspaceId }, sink)
  return chunks.join('')
}

export const MORE_ACTIONS: Action[] = [
  // Comments. Editing is the author's alone (given they may still comment); deleting is
  // the author's (same condition) or any editor's. Both cases of each are walked.
  { name: 'edit my own comment', allowed: REVIEWERS, run: (actor, w, workspaceId) => editComment({ actor, workspaceId, commentId: ownComment(actor, w).id, version: 1, body: 'Which table, exactly?' }) },
  { name: "edit someone else's comment", allowed: NO_ONE, run: (actor, w, workspaceId) => editComment({ actor, workspaceId, commentId: othersComment(actor, w).id, version: 1, body: 'Rewritten.' }) },
  { name: 'delete my own comment', allowed: REVIEWERS, run: (actor, w, workspaceId) => deleteComment({ actor, workspaceId, commentId: ownComment(actor, w).id, version: 1 }) },
  { name: "delete someone else's comment", allowed: EDITORS, run: (actor, w, workspaceId) => deleteComment({ actor, workspaceId, commentId: othersComment(actor, w).id, version: 1 }) },
  { name: "read a comment's edits", allowed: EVERYONE, run: (actor, w, workspaceId) => findCommentHistory({ actor, workspaceId, commentId: w.comment.id }) },
  // Reports.
  { name: 'publish a report', allowed: EDITORS, run: (actor, w, workspaceId) => publishReport({ actor, workspaceId, title: 'Again', documentIds: [w.documentId], options: OPTIONS }) },
  { name: 'create a share link', allowed: EDITORS, run: (actor, w, workspaceId) => createShareLink({ actor, workspaceId, reportId: w.reportId }) },
  { name: 'revoke a share link', allowed: EDITORS, run: (actor, w, workspaceId) => revokeShareLink({ actor, workspaceId, reportId: w.reportId }) },
  { name: 'list reports', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findReports({ actor, workspaceId }) },
  { name: 'read a report', allowed: EVERYONE, run: (actor, w, workspaceId) => getReport({ actor, workspaceId, reportId: w.reportId }) },
  { name: 'list reportable documents', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findReportableDocuments({ actor, workspaceId }) },
  { name: 'export a published report', allowed: EVERYONE, run: (actor, w, workspaceId) => exportPublishedReport({ actor, workspaceId, reportId: w.reportId, format: 'md' }) },
  { name: 'export a report preview', allowed: EVERYONE, run: (actor, w, workspaceId) => exportPreviewReport({ actor, workspaceId, documentIds: [w.documentId], options: OPTIONS, format: 'csv' }) },
  { name: 'save a report filter', allowed: EDITORS, usesIds: false, run: (actor, _w, workspaceId) => createReportFilter({ actor, workspaceId, name: `Filter ${unique()}`, criteria: { onlyWithVerifiedClaims: true } }) },
  { name: 'list report filters', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findReportFilters({ actor, workspaceId }) },
  { name: 'apply a report filter', allowed: EVERYONE, run: (actor, w, workspaceId) => resolveReportFilter({ actor, workspaceId, filterId: w.filterId }) },
  { name: 'delete a report filter', allowed: EDITORS, run: (actor, w, workspaceId) => deleteReportFilter({ actor, workspaceId, filterId: w.filterId }) },
  // Interchange.
  { name: 'export ClaimReview', allowed: EVERYONE, run: (actor, w, workspaceId) => exportClaimReviews({ actor, workspaceId, documentIds: [w.documentId] }) },
  { name: 'export W3C annotations', allowed: EVERYONE, run: (actor, w, workspaceId) => exportW3cAnnotations({ actor, workspaceId, documentId: w.documentId }) },
  {
    name: 'import W3C annotations',
    allowed: EDITORS,
    run: async (actor, w, workspaceId) => {
      const collection = await exportW3cAnnotations({ actor: people.OWNER, workspaceId: w.workspaceId, documentId: w.documentId })
      // The claims are there already; the comment on a selection is not (none is anchored), so make one.
      const first = collection.first.items[0]!
      const comment = { ...first, id: undefined, motivation: ['commenting'], body: [{ type: 'TextualBody', value: 'From another annotator.', purpose: 'commenting' }] }
      return importW3cAnnotations({ actor, workspaceId, documentId: w.documentId, collection: { ...collection, first: { ...collection.first, items: [comment] } } })
    },
  },
  { name: 'export the workspace JSON', allowed: EDITORS, run: (actor, w, workspaceId) => exportWorkspaceJson({ actor, workspaceId, documentId: w.documentId }, new Writable({ write: (_c, _e, done) => done() })) },
  { name: 'import a workspace JSON', allowed: OWNERS, usesIds: false, withEmptyWorkspace: true, run: async (actor, w) => importWorkspaceJson({ actor, workspaceId: w.emptyWorkspaceId, source: { text: await jsonExportOf(w.workspaceId) } }) },
  // Imports, as the imports route runs them: prepare (every refusal), then save.
  { name: 'import pasted text', allowed: EDITORS, usesIds: false, run: async (actor, _w, workspaceId) => saveImport({ actor, prepared: await prepareImport({ actor, workspaceId, source: { kind: 'paste', text: `Wages rose 4% in ${unique()}.` }, metadata: NO_METADATA }) }) },
  {
    name: 'import a file',
    allowed: EDITORS,
    usesIds: false,
    run: async (actor, _w, workspaceId) => {
      const bytes = new TextEncoder().encode(`# Budget\n\nSpending grew 7% in ${unique()}.\n`)
      return saveImport({ actor, prepared: await prepareImport({ actor, workspaceId, source: { kind: 'file', filename: 'budget.md', bytes, contentType: 'text/markdown' }, metadata: NO_METADATA }) })
    },
  },
  // Reads of the workspace and of one's own things in it.
  { name: 'read the workspace', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => getWorkspaceById({ actor, workspaceId }) },
  { name: 'list documents', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findDocuments({ actor, workspaceId }) },
  { name: 'read a revision', allowed: EVERYONE, run: (actor, w, workspaceId) => getRevision({ actor, workspaceId, documentId: w.documentId, number: 1 }) },
  { name: "read a document's latest activity", allowed: EVERYONE, isEmptyAbroad: true, run: (actor, w, workspaceId) => getLatestDocumentActivityId({ actor, workspaceId, documentId: w.documentId }) },
  { name: 'read my review queue', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findQueue({ actor, workspaceId }) },
  { name: 'read my notifications', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findNotifications({ actor, workspaceId }) },
  { name: 'mark my notifications read', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => markNotificationsRead({ actor, workspaceId, all: true }) },
  { name: 'read verification settings', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => getVerificationSettings({ actor, workspaceId }) },
  { name: 'read the mail status', allowed: OWNERS, usesIds: false, run: (actor, _w, workspaceId) => findMailStatus({ actor, workspaceId }) },
  // TODO(lead, after the invitations rewrite in lib/members): rows for who sees the
  // pending invitations (listing) and for resending one (resendInvitation, OWNERS).
]
