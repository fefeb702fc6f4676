'use client'
import { ClaimHistory } from '@/components/activity/claim-history'
import { CheckedBeforeSection } from '@/components/checked-before/checked-before-section'
import { CommentThreads } from '@/components/comments/comment-thread-list'
import { ClaimEvidenceSection } from '@/components/evidence/claim-evidence-section'
import { ClaimReviewSection } from '@/components/reviews/claim-review-section'
import type { ClaimView } from '@/lib/claims/find-claims'
import { formatQuantity } from '@/lib/claims/format-quantity'
import { ClaimDetails, type ClaimActions } from './claim-details'

export interface ReviewContext {
  workspaceId: string
  documentId: string
  currentUserId: string
  members: { id: string; name: string | null; email: string }[]
  canEditClaims: boolean
  canReview: boolean
  // The newest activity on the document when the page was rendered: sections reload
  // when it moves on (a live update from someone else re-renders the page).
  refreshKey: string
}

// Everything about the selected claim, top to bottom: its words and figures, the
// earlier checks of the same claim, the review (ratings, status, verdict, assignee), the evidence, the discussion, the history.
export function ClaimPanel({ claim, context, isPending, actions, onChanged }: { claim: ClaimView; context: ReviewContext; isPending: boolean; actions: ClaimActions; onChanged: () => void }) {
  const { workspaceId, documentId, currentUserId, members, canEditClaims, canReview, refreshKey } = context
  return (
    <div className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" id={`claim-${claim.id}`} role="region" aria-label="Selected claim" tabIndex={-1} data-shortcut="panel">
      <div className="p-4">
        <ClaimDetails claim={claim} canEdit={canEditClaims} isPending={isPending} actions={actions} />
      </div>
      {!claim.isOrphaned && (
        <>
          <CheckedBeforeSection workspaceId={workspaceId} claimId={claim.id} claimVersion={claim.version} canReview={canReview} onChanged={onChanged} refreshKey={refreshKey} wrapperClassName="p-4" />
          <div className="p-4">
            <ClaimReviewSection
              workspaceId={workspaceId}
              claimId={claim.id}
              claimVersion={claim.version}
              canReview={canReview}
              canDecide={canEditClaims}
              members={members.map((member) => ({ id: member.id, name: member.name ?? member.email }))}
              onChanged={onChanged}
              refreshKey={refreshKey}
            />
          </div>
          <div className="p-4">
            <ClaimEvidenceSection
              workspaceId={workspaceId}
              claimId={claim.id}
              quantities={claim.quantities.map((quantity, position) => ({ position, text: quantity.text, label: formatQuantity(quantity) }))}
              canReview={canReview}
              canEdit={canEditClaims}
              currentUserId={currentUserId}
              onChanged={onChanged}
              refreshKey={refreshKey}
            />
          </div>
        </>
      )}
      <div className="p-4">
        <CommentThreads
          workspaceId={workspaceId}
          documentId={documentId}
          claimId={claim.id}
          currentUserId={currentUserId}
          members={members}
          canComment={canReview}
          canModerate={canEditClaims}
          onChanged={onChanged}
          refreshKey={Number(refreshKey)}
        />
      </div>
      <div className="p-4">
        <ClaimHistory workspaceId={workspaceId} claimId={claim.id} />
      </div>
    </div>
  )
}
