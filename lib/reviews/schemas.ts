import { z } from 'zod'
import { ClaimStatus } from '@/lib/db/generated/enums'
import { ZId } from '@/lib/validation'
import { VERDICT_LABELS, VERDICTS } from './verdicts'

const STATUSES = Object.values(ClaimStatus) as [ClaimStatus, ...ClaimStatus[]]

export const ZVerdict = z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(', ')} (${Object.values(VERDICT_LABELS).join(', ')})` })
const ZVersion = z.number({ error: 'is required: send the version you last saw' }).int('must be a whole number').positive('must be 1 or more')

export const ZClaimReviewRef = z.object({ workspaceId: ZId, claimId: ZId })

export const ZRateClaim = ZClaimReviewRef.extend({
  verdict: ZVerdict,
  confidence: z.number({ error: 'must be a whole number from 1 to 5' }).int('must be a whole number from 1 to 5').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
  rationale: z.string({ error: 'is required: say why' }).trim().min(1, 'is required: say why').max(5000, 'must be at most 5,000 characters'),
})

export const ZSetClaimStatus = ZClaimReviewRef.extend({
  version: ZVersion,
  status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` }),
  verdict: ZVerdict.nullable().optional(),
  overrideReason: z
    .string({ error: 'must be text' })
    .trim()
    .max(2000, 'must be at most 2,000 characters')
    .nullable()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || value.length >= 10, 'must be at least 10 characters: say why the rules do not apply'),
})

export const ZAssignClaim = ZClaimReviewRef.extend({
  version: ZVersion,
  assigneeId: z
    .string({ error: 'is required: a member id, or null to unassign' })
    .trim()
    .min(1, 'is required: a member id, or null to unassign')
    .max(64, 'is too long')
    .nullable(),
})

export const ZVerificationSettingsInput = z.object({
  workspaceId: ZId,
  verifyMinRatings: z.number({ error: 'must be a whole number from 1 to 20' }).int('must be a whole number from 1 to 20').min(1, 'must be from 1 to 20').max(20, 'must be from 1 to 20'),
  // Stored with 2 decimals.
  verifyMinAgreement: z
    .number({ error: 'must be a number from 0.5 to 1' })
    .min(0.5, 'must be from 0.5 to 1')
    .max(1, 'must be from 0.5 to 1')
    .transform((value) => Math.round(value * 100) / 100),
  verifyRequiresStrongEvidence: z.boolean({ error: 'must be true or false' }),
})
