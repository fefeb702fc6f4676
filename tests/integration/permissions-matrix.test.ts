// Every service action × every role × a member of another workspace (the actions added
// for issue 14 are in permissions-matrix-actions.ts, the world in -world.ts). An allowed role
// succeeds (each in a fresh workspace, so one success cannot change the next run); a
// role without the permission gets FORBIDDEN and changes nothing; an outsider gets
// NOT_FOUND, whether it names this workspace or its own workspace with our ids.
import { beforeAll, describe, expect, it } from 'vitest'
import { findClaimActivity, findDocumentActivity } from '@/lib/activity/find-activity'
import { createClaim } from '@/lib/claims/create-claim'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { mergeClaims } from '@/lib/claims/merge-claims'
import { retypeClaim } from '@/lib/claims/retype-claim'
import { splitClaim } from '@/lib/claims/split-claim'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { setThreadResolved } from '@/lib/comments/set-thread-resolved'
import { createDocument } from '@/lib/documents/create-document'
import { findRevisions } from '@/lib/documents/find-revisions'
import { findDocumentPage } from '@/lib/documents/find-document-page'
import { findDocumentView } from '@/lib/documents/find-document-view'
import { getDocumentById } from '@/lib/documents/get-document'
import { getDocumentHeader } from '@/lib/documents/get-document-header'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { findEvidence } from '@/lib/evidence/find-evidence'
import { removeEvidence } from '@/lib/evidence/remove-evidence'
import { updateEvidence } from '@/lib/evidence/update-evidence'
import { changeMemberRole } from '@/lib/members/change-member-role'
import { findMembers } from '@/lib/members/find-members'
import { inviteMember } from '@/lib/members/invite-member'
import { removeMember } from '@/lib/members/remove-member'
import { revokeInvitation } from '@/lib/members/revoke-invitation'
import { assignClaim } from '@/lib/reviews/assign-claim'
import { findClaimReview } from '@/lib/reviews/find-claim-review'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { updateVerificationSettings } from '@/lib/reviews/verification-settings'
import { createSource } from '@/lib/sources/create-source'
import { deleteSource } from '@/lib/sources/delete-source'
import { findSources } from '@/lib/sources/find-sources'
import { retractSource } from '@/lib/sources/retract-source'
import { updateSource } from '@/lib/sources/update-source'
import { findNotifications } from '@/lib/notifications/find-notifications'
import { markNotificationsRead } from '@/lib/notifications/mark-read'
import { findAppHeader } from '@/lib/workspaces/find-app-header'
import { MORE_ACTIONS } from './permissions-matrix-actions'
import { ACTOR_KINDS, type Action, EDITORS, EVERYONE, OWNERS, REVIEWERS, ROLES, TEXT, createPeople, failure, fingerprint, newWorld, outsider, people } from './permissions-matrix-world'

beforeAll(createPeople)

const editedText = () => documentFromBlocks(`${TEXT}\nA closing line.`, null)

const ACTIONS: Action[] = [
  { name: 'read a document', allowed: EVERYONE, run: (actor, w, workspaceId) => getDocumentById({ actor, workspaceId, documentId: w.documentId }) },
  { name: "read a document page's header", allowed: EVERYONE, run: (actor, w, workspaceId) => getDocumentHeader({ actor, workspaceId, documentId: w.documentId }) },
  { name: "read a document page's reader part", allowed: EVERYONE, run: (actor, w, workspaceId) => findDocumentPage({ actor, workspaceId, documentId: w.documentId }) },
  { name: "read a document page's view", allowed: EVERYONE, run: (actor, w, workspaceId) => findDocumentView({ actor, workspaceId, documentId: w.documentId }) },
  { name: 'read the app header', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findAppHeader({ actor, workspaceId }) },
  { name: 'list revisions', allowed: EVERYONE, run: (actor, w, workspaceId) => findRevisions({ actor, workspaceId, documentId: w.documentId }) },
  { name: 'read a claim review', allowed: EVERYONE, run: (actor, w, workspaceId) => findClaimReview({ actor, workspaceId, claimId: w.claim.id }) },
  { name: 'read evidence', allowed: EVERYONE, run: (actor, w, workspaceId) => findEvidence({ actor, workspaceId, claimId: w.claim.id }) },
  { name: 'read document activity', allowed: EVERYONE, run: (actor, w, workspaceId) => findDocumentActivity({ actor, workspaceId, documentId: w.documentId }) },
  { name: 'read claim activity', allowed: EVERYONE, run: (actor, w, workspaceId) => findClaimActivity({ actor, workspaceId, claimId: w.claim.id }) },
  { name: 'list sources', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findSources({ actor, workspaceId }) },
  { name: 'list members', allowed: EVERYONE, usesIds: false, run: (actor, _w, workspaceId) => findMembers({ actor, workspaceId }) },
  { name: 'list comments', allowed: EVERYONE, isEmptyAbroad: true, run: (actor, w, workspaceId) => findComments({ actor, workspaceId, documentId: w.documentId }) },
  { name: 'create a document', allowed: EDITORS, usesIds: false, run: (actor, _w, workspaceId) => createDocument({ actor, workspaceId, title: 'New', text: `Tariffs rose ${Math.random()}% in 2024.` }) },
  { name: 'edit the text', allowed: EDITORS, run: (actor, w, workspaceId) => saveRevision({ actor, workspaceId, documentId: w.documentId, baseNumber: 1, content: editedText() }) },
  { name: 'add a claim', allowed: EDITORS, run: (actor, w, workspaceId) => createClaim({ actor, workspaceId, documentId: w.documentId, start: 0, end: 7 }) },
  { name: 're-type a claim', allowed: EDITORS, run: (actor, w, workspaceId) => retypeClaim({ actor, workspaceId, claimId: w.claim.id, kind: 'OPINION' }) },
  { name: 'dismiss a claim', allowed: EDITORS, run: (actor, w, workspaceId) => setClaimDismissed({ actor, workspaceId, claimId: w.claim.id, isDismissed: true }) },
  { name: 'split a claim', allowed: EDITORS, run: (actor, w, workspaceId) => splitClaim({ actor, workspaceId, claimId: w.claim.id, at: w.claim.start + 4 }) },
  { name: 'merge claims', allowed: EDITORS, run: (actor, w, workspaceId) => mergeClaims({ actor, workspaceId, claimIds: [w.claim.id, w.other.id] }) },
  { name: 'assign a claim', allowed: EDITORS, run: (actor, w, workspaceId) => assignClaim({ actor, workspaceId, claimId: w.claim.id, assigneeId: people.REVIEWER.id, version: w.claim.version }) },
  { name: 'verify with an override', allowed: EDITORS, run: (actor, w, workspaceId) => setClaimStatus({ actor, workspaceId, claimId: w.claim.id, version: w.claim.version, status: 'VERIFIED', verdict: 'ACCURATE', overrideReason: 'Checked by phone with the statistics office.' }) },
  { name: 'retract a source', allowed: EDITORS, run: (actor, w, workspaceId) => retractSource({ actor, workspaceId, sourceId: w.source.id, note: 'Withdrawn by the publisher.' }) },
  { name: 'delete an uncited source', allowed: EDITORS, run: (actor, w, workspaceId) => deleteSource({ actor, workspaceId, sourceId: w.unused.id, version: w.unused.version }) },
  { name: 'rate a claim', allowed: REVIEWERS, run: (actor, w, workspaceId) => rateClaim({ actor, workspaceId, claimId: w.claim.id, verdict: 'ACCURATE', confidence: 4, rationale: 'Matches the table.' }) },
  { name: 'start a review', allowed: REVIEWERS, run: (actor, w, workspaceId) => setClaimStatus({ actor, workspaceId, claimId: w.claim.id, version: w.claim.version, status: 'IN_REVIEW' }) },
  { name: 'comment', allowed: REVIEWERS, run: (actor, w, workspaceId) => createComment({ actor, workspaceId, documentId: w.documentId, claimId: w.claim.id, body: 'Agreed.' }) },
  { name: 'resolve a thread', allowed: REVIEWERS, run: (actor, w, workspaceId) => setThreadResolved({ actor, workspaceId, commentId: w.comment.id, isResolved: true }) },
  { name: 'add a source', allowed: REVIEWERS, usesIds: false, run: (actor, _w, workspaceId) => createSource({ actor, workspaceId, url: 'https://news.example.org/story', title: 'A story' }) },
  { name: 'edit a source', allowed: REVIEWERS, run: (actor, w, workspaceId) => updateSource({ actor, workspaceId, sourceId: w.source.id, version: w.source.version, title: 'Trade statistics 2024' }) },
  { name: 'add evidence', allowed: REVIEWERS, run: (actor, w, workspaceId) => addEvidence({ actor, workspaceId, claimId: w.other.id, sourceId: w.source.id, stance: 'CONTEXT', quote: 'Imports fell.' }) },
  { name: 'edit evidence', allowed: REVIEWERS, run: (actor, w, workspaceId) => updateEvidence({ actor, workspaceId, claimId: w.claim.id, evidenceId: w.evidence.id, version: w.evidence.version, locator: 'Table 4' }) },
  { name: 'remove evidence', allowed: REVIEWERS, run: (actor, w, workspaceId) => removeEvidence({ actor, workspaceId, claimId: w.claim.id, evidenceId: w.evidence.id, version: w.evidence.version }) },
  { name: 'invite a member', allowed: OWNERS, usesIds: false, run: (actor, _w, workspaceId) => inviteMember({ actor, workspaceId, email: `new-${Math.random()}@example.test`, role: 'VIEWER' }) },
  { name: 'change a role', allowed: OWNERS, run: (actor, w, workspaceId) => changeMemberRole({ actor, workspaceId, membershipId: w.viewerMembershipId, role: 'REVIEWER' }) },
  { name: 'remove a member', allowed: OWNERS, run: (actor, w, workspaceId) => removeMember({ actor, workspaceId, membershipId: w.viewerMembershipId }) },
  { name: 'revoke an invitation', allowed: OWNERS, run: (actor, w, workspaceId) => revokeInvitation({ actor, workspaceId, invitationId: w.invitationId }) },
  { name: 'change verification settings', allowed: OWNERS, usesIds: false, run: (actor, _w, workspaceId) => updateVerificationSettings({ actor, workspaceId, verifyMinRatings: 3, verifyMinAgreement: 0.75, verifyRequiresStrongEvidence: true }) },
]

// Concurrent: every test builds its own workspaces, and the matrix is mostly waiting on Postgres.
describe.concurrent.each(ACTOR_KINDS)('every action × every role × another workspace (%s)', (_kind, asActor) => {
  for (const action of [...ACTIONS, ...MORE_ACTIONS]) {
    // Run five at a time, each building its worlds: on a loaded machine one takes ~20 s.
    it(action.name, { timeout: 60_000 }, async ({ expect }) => {
      const outcomes: Record<string, string> = {}
      for (const role of action.allowed) {
        const world = await newWorld(action)
        outcomes[role] = await failure(action.run(await asActor(people[role]), world, world.workspaceId))
      }
      const world = await newWorld(action)
      const before = await fingerprint(world.workspaceId)
      for (const role of ROLES.filter((role) => !action.allowed.includes(role))) outcomes[role] = await failure(action.run(await asActor(people[role]), world, world.workspaceId))
      outcomes.outsider = await failure(action.run(await asActor(outsider), world, world.workspaceId))
      // Another workspace's member naming their own workspace, with our ids.
      const usesIds = action.usesIds ?? true
      if (usesIds) {
        const foreign = await failure(action.run(await asActor(outsider), world, outsider.workspaceId))
        outcomes.foreignIds = foreign === 'allowed' && action.isEmptyAbroad ? 'NOT_FOUND' : foreign
      }
      expect(await fingerprint(world.workspaceId)).toBe(before)

      const expected: Record<string, string> = Object.fromEntries(ROLES.map((role) => [role, action.allowed.includes(role) ? 'allowed' : 'FORBIDDEN']))
      expected.outsider = 'NOT_FOUND'
      if (usesIds) expected.foreignIds = 'NOT_FOUND'
      expect(outcomes).toEqual(expected)
    })
  }
})

// Notifications are the recipient's own: a workspace member reads and marks only theirs.
describe('notifications are reachable only by their recipient', () => {
  it("another member neither lists nor marks the reviewer's mention", async () => {
    const world = await newWorld()
    await createComment({ actor: people.OWNER, workspaceId: world.workspaceId, documentId: world.documentId, claimId: world.claim.id, body: `@${people.REVIEWER.email} which table?` })
    const mine = await findNotifications({ actor: people.REVIEWER, workspaceId: world.workspaceId })
    expect(mine.unreadCount).toBe(1)
    const mentionId = mine.notifications[0]!.id
    for (const role of ['OWNER', 'EDITOR', 'VIEWER'] as const) {
      const theirs = await findNotifications({ actor: people[role], workspaceId: world.workspaceId })
      expect(theirs.notifications.map((notification) => notification.id)).not.toContain(mentionId)
      expect(await failure(markNotificationsRead({ actor: people[role], workspaceId: world.workspaceId, ids: [mentionId] }))).toBe('NOT_FOUND')
    }
    expect(await failure(markNotificationsRead({ actor: outsider, workspaceId: outsider.workspaceId, ids: [mentionId] }))).toBe('NOT_FOUND')
    expect((await findNotifications({ actor: people.REVIEWER, workspaceId: world.workspaceId })).unreadCount).toBe(1)
  })
})
