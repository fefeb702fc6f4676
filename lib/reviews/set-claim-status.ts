import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { updateClaimAtVersion } from '@/lib/claims/editable-claim'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { notify } from '@/lib/notifications/notify'
import { parseInput } from '@/lib/validation'
import { checkClaimVerification, excerpt, lockClaim, requireNotDismissed } from './review-claim'
import { ZSetClaimStatus } from './schemas'
import { STATUS_LABELS, statusHasVerdict, statusPermission } from './status-workflow'
import { VERDICT_LABELS } from './verdicts'

// Moves a claim through the workflow. VERIFIED needs the workspace's rules to hold,
// or an editor's written override reason, which is stored and logged.
export async function setClaimStatus({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version, status, verdict: requested, overrideReason } = parseInput(ZSetClaimStatus, input)
  return getDb().$transaction(async (tx) => {
    const { role } = await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
    const claim = await lockClaim(tx, workspaceId, claimId)
    if (!can(role, statusPermission(claim.status, status))) {
      const what = status === 'VERIFIED' ? 'verify a claim' : can(role, 'claim.review') ? 'move a claim back in the review' : 'change the status of a claim'
      throw new AppError('FORBIDDEN', `Your role (${role.toLowerCase()}) does not allow you to ${what}: ask an editor`)
    }
    if (claim.version !== version) {
      throw new AppError('CONFLICT', 'Someone changed this claim since you opened it. Reload to see their change.', [], { currentVersion: String(claim.version) })
    }
    requireNotDismissed(claim)
    const verdict = statusHasVerdict(status) ? (requested ?? claim.verdict) : null
    if (statusHasVerdict(status) && !verdict) {
      const kind = status === 'VERIFIED' ? 'a final verdict' : 'a proposed verdict'
      throw new AppError('INVALID_INPUT', `verdict: is required: ${STATUS_LABELS[status]} needs ${kind}`, [{ field: 'verdict', message: `is required: choose ${kind}` }])
    }
    let storedOverride: string | null = null
    if (status === 'VERIFIED') {
      const { verification } = await checkClaimVerification(tx, workspaceId, claimId)
      if (!verification.isMet && !overrideReason) {
        const reasons = verification.failures.map((failure) => failure.message).join('; ')
        throw new AppError(
          'INVALID_INPUT',
          `This claim does not meet the rules for Verified: it ${reasons}. Give an override reason to verify it anyway.`,
          [{ field: 'overrideReason', message: `is required because the claim ${reasons}` }],
          { failedRules: verification.failures.map((failure) => failure.rule).join(',') },
        )
      }
      // An override is only recorded when it overrode something.
      if (!verification.isMet) storedOverride = overrideReason
    }
    const before = { status: claim.status, verdict: claim.verdict, overrideReason: claim.overrideReason }
    const after = { status, verdict, overrideReason: storedOverride }
    if (before.status === after.status && before.verdict === after.verdict && before.overrideReason === after.overrideReason) {
      return { id: claim.id, ...after, version: claim.version }
    }
    await updateClaimAtVersion(tx, claim, { status, verdict, overrideReason: storedOverride, verdictById: verdict ? actor.id : null, verdictAt: verdict ? new Date() : null })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: claimId, documentId: claim.documentId, claimId, action: 'claim.status_changed', before, after })
    const raters = await tx.rating.findMany({ where: { claimId, supersededAt: null }, select: { userId: true } })
    const outcome = verdict ? `${STATUS_LABELS[status]}: ${VERDICT_LABELS[verdict]}` : STATUS_LABELS[status]
    await notify(
      tx,
      raters.map((rating) => rating.userId),
      { workspaceId, actorId: actor.id, kind: 'STATUS_CHANGE', documentId: claim.documentId, claimId, message: `${actor.name || actor.email} moved a claim you rated to ${outcome}: “${excerpt(claim.quote)}”` },
    )
    return { id: claim.id, ...after, version: claim.version + 1 }
  })
}
