// Keyset pagination, shared by every list that grows without bound: a page ends at the
// position of its last row, and the next page starts strictly after it in the same
// stable order (a timestamp, then the id to break ties). Never OFFSET: rows written
// while someone reads do not shift a later page, so nothing is repeated or skipped.
// The cursor is opaque to clients (base64url JSON); a forged one is refused by name.
import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 200

export interface TimePosition {
  at: Date
  id: string
}

const CURSOR_PROBLEM = 'is not a page cursor from this list (start again from the first page)'
const ZTimePosition = z.tuple([z.iso.datetime(), ZId]).transform(([at, id]): TimePosition => ({ at: new Date(at), id }))

export const ZTimeCursor = z
  .string()
  .max(300, CURSOR_PROBLEM)
  .transform((value, ctx) => {
    const position = ZTimePosition.safeParse(decodeJson(value))
    if (position.success) return position.data
    ctx.addIssue({ code: 'custom', message: CURSOR_PROBLEM })
    return z.NEVER
  })

export function encodeTimeCursor(position: TimePosition): string {
  return encodeJson([position.at.toISOString(), position.id])
}

// For a list in the order of a sequence (an autoincrement id, as the activity log): the
// last id shown, a bigint sent as a string.
const ZSequencePosition = z.tuple([z.string().regex(/^\d{1,19}$/)]).transform(([id]) => BigInt(id))

export const ZSequenceCursor = z
  .string()
  .max(300, CURSOR_PROBLEM)
  .transform((value, ctx) => {
    const position = ZSequencePosition.safeParse(decodeJson(value))
    if (position.success) return position.data
    ctx.addIssue({ code: 'custom', message: CURSOR_PROBLEM })
    return z.NEVER
  })

export function encodeSequenceCursor(id: bigint | string): string {
  return encodeJson([id.toString()])
}

// A query string's "absent" is null (URLSearchParams.get) or "": both mean "not given".
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

export const ZPageLimit = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)

// Spread into a service's input schema: `z.object({ workspaceId: ZId, ...ZPageParams })`.
export const ZPageParams = {
  cursor: z.preprocess(blankToUndefined, ZTimeCursor.optional()),
  limit: z.preprocess(blankToUndefined, ZPageLimit.optional()),
}
export const ZSequencePageParams = {
  cursor: z.preprocess(blankToUndefined, ZSequenceCursor.optional()),
  limit: z.preprocess(blankToUndefined, ZPageLimit.optional()),
}

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function decodeJson(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
