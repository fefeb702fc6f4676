import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const ZClaimPriorChecks = z.object({ workspaceId: ZId, claimId: ZId })

export const ZPriorCheckRef = z.object({ workspaceId: ZId, claimId: ZId, priorCheckId: ZId })

export const ZReusePriorCheck = ZPriorCheckRef.extend({
  // Cite the earlier check's sources for this claim too (the same sources, new evidence rows).
  attachEvidence: z.boolean({ error: 'must be true or false' }).default(true),
})
