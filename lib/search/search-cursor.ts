// Keyset pagination over the ranked results: a page ends at a (score, type, id), and
// the next page starts strictly after it in the same order. Scores are rounded in SQL,
// so the same rows compare equal on every request and no result is skipped or repeated.
import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { SEARCH_TYPES, type SearchType } from './schemas'

export interface SearchPosition {
  score: number
  type: SearchType
  id: string
}

const ZPosition = z.object({ score: z.number().finite(), type: z.enum(SEARCH_TYPES), id: z.string().min(1).max(64) })

export function encodeCursor(position: SearchPosition): string {
  return Buffer.from(JSON.stringify([position.score, position.type, position.id])).toString('base64url')
}

export function decodeCursor(cursor: string | undefined): SearchPosition | undefined {
  if (!cursor) return undefined
  try {
    const [score, type, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    return ZPosition.parse({ score, type, id })
  } catch {
    throw new AppError('INVALID_INPUT', 'cursor: is not a cursor from this search (start again from the first page)', [{ field: 'cursor', message: 'is not a cursor from this search' }])
  }
}
