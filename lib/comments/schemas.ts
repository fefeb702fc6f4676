import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const MAX_COMMENT_BYTES = 20 * 1024

const ZOffset = z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative')

// A comment on the document, on a selection of its text ({ start, end }), or on a claim.
export const ZCreateComment = z
  .object({
    workspaceId: ZId,
    documentId: ZId,
    body: z
      .string({ error: 'is required' })
      .trim()
      .min(1, 'is empty: write the comment')
      .refine((body) => new TextEncoder().encode(body).length <= MAX_COMMENT_BYTES, 'is longer than 20 KB: split it into several comments'),
    start: ZOffset.optional(),
    end: ZOffset.optional(),
    claimId: ZId.optional(),
  })
  .refine((input) => (input.start === undefined) === (input.end === undefined), { path: ['end'], message: 'and start go together: send both or neither' })
  .refine((input) => input.start === undefined || input.end! > input.start, { path: ['end'], message: 'must be after start: select some text' })
