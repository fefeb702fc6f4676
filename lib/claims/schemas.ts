import { z } from 'zod'
import { CLAIM_KINDS } from '@/lib/extract/types'
import { ZId } from '@/lib/validation'

const ZVersion = z.number({ error: 'must be a number' }).int().positive().optional()
const ZOffset = z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative')

export const ZClaimKind = z.enum(CLAIM_KINDS, { error: `must be one of ${CLAIM_KINDS.join(', ')}` })

export const ZClaimRef = z.object({ workspaceId: ZId, claimId: ZId, version: ZVersion })
export const ZRetypeClaim = ZClaimRef.extend({ kind: ZClaimKind })
export const ZDismissClaim = ZClaimRef.extend({ isDismissed: z.boolean({ error: 'must be true or false' }) })
export const ZSplitClaim = ZClaimRef.extend({ at: ZOffset })
export const ZMergeClaims = z.object({
  workspaceId: ZId,
  claimIds: z
    .array(ZId)
    .max(50, 'can merge at most 50 claims')
    .refine((ids) => new Set(ids).size >= 2, 'needs at least two different claims'),
})
export const ZCreateClaim = z
  .object({ workspaceId: ZId, documentId: ZId, start: ZOffset, end: ZOffset, kind: ZClaimKind.optional() })
  .refine((input) => input.end > input.start, { path: ['end'], message: 'must be after start: select some text' })
export const ZReattachClaim = ZClaimRef.extend({ start: ZOffset, end: ZOffset }).refine((input) => input.end > input.start, { path: ['end'], message: 'must be after start: select some text' })
