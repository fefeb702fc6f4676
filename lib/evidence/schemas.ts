import { z } from 'zod'
import { EvidenceStance } from '@/lib/db/generated/enums'
import { editableText, ZId } from '@/lib/validation'

const STANCES = Object.values(EvidenceStance) as [EvidenceStance, ...EvidenceStance[]]

const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => value || null)

export const ZAddEvidence = z.object({
  workspaceId: ZId,
  claimId: ZId,
  sourceId: ZId,
  stance: z.enum(STANCES, { error: `must be one of ${STANCES.join(', ')}` }),
  // The source's exact words: kept as given apart from surrounding whitespace.
  quote: z.string({ error: 'is required' }).trim().min(1, 'is required: paste the exact words of the source').max(5000, 'must be at most 5,000 characters'),
  locator: optionalText(300),
  figure: optionalText(200),
  quantityPosition: z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative').nullable().optional(),
})

export const ZClaimEvidenceRef = z.object({ workspaceId: ZId, claimId: ZId })

export const ZRemoveEvidence = z.object({
  workspaceId: ZId,
  evidenceId: ZId,
  // From the route's path: evidence of another claim is not found there.
  claimId: ZId.optional(),
  version: z.number({ error: 'is required: send the version you last saw' }).int('must be a whole number').positive('must be 1 or more'),
})

// An edit of a citation: the fields sent change, the others stay. A changed quote is
// located again in the source's newest finished snapshot.
export const ZUpdateEvidence = z
  .object({
    workspaceId: ZId,
    evidenceId: ZId,
    claimId: ZId.optional(),
    version: ZRemoveEvidence.shape.version,
    stance: ZAddEvidence.shape.stance.optional(),
    quote: ZAddEvidence.shape.quote.optional(),
    locator: editableText(300),
    figure: editableText(200),
    quantityPosition: ZAddEvidence.shape.quantityPosition,
  })
  .refine((edit) => (['stance', 'quote', 'locator', 'figure', 'quantityPosition'] as const).some((field) => edit[field] !== undefined), {
    message: 'nothing to change: send stance, quote, locator, figure or quantityPosition',
  })
