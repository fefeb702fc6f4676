import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const MAX_COMMENT_BYTES = 20 * 1024

const ZOffset = z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative')
const ZVersion = z.number({ error: 'must be a number: the version you last saw' }).int('must be a whole number').positive('must be 1 or more')

export const ZCommentBody = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is empty: write the comment')
  .refine((body) => new TextEncoder().encode(body).length <= MAX_COMMENT_BYTES, 'is longer than 20 KB: split it into several comments')

// A comment on the document, on a selection of its text ({ start, end }), on a claim,
// or a reply in a thread (parentId; a reply has no anchor of its own).
export const ZCreateComment = z
  .object({
    workspaceId: ZId,
    documentId: ZId,
    body: ZCommentBody,
    start: ZOffset.optional(),
    end: ZOffset.optional(),
    claimId: ZId.optional(),
    parentId: ZId.optional(),
  })
  .refine((input) => (input.start === undefined) === (input.end === undefined), { path: ['end'], message: 'and start go together: send both or neither' })
  .refine((input) => input.start === undefined || input.end! > input.start, { path: ['end'], message: 'must be after start: select some text' })
  .refine((input) => input.parentId === undefined || input.start === undefined, { path: ['start'], message: 'cannot be sent with a reply: a reply belongs to its thread' })

export const ZFindComments = z.object({ workspaceId: ZId, documentId: ZId, claimId: ZId.optional() })

export const ZCommentRef = z.object({ workspaceId: ZId, commentId: ZId })

export const ZEditComment = ZCommentRef.extend({ version: ZVersion, body: ZCommentBody })

export const ZDeleteComment = ZCommentRef.extend({ version: ZVersion })

export const ZSetThreadResolved = ZCommentRef.extend({ isResolved: z.boolean({ error: 'must be true or false' }) })
