import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { takePage } from '@/lib/pagination/keyset'
import { encodeSequenceCursor, encodeTimeCursor, ZPageParams, ZSequencePageParams } from '@/lib/pagination/page-cursor'

const ZTimePage = z.object(ZPageParams)
const ZSequencePage = z.object(ZSequencePageParams)

describe('page cursors', () => {
  it('read back the position they were made from', () => {
    const at = new Date('2026-03-04T05:06:07.089Z')
    expect(ZTimePage.parse({ cursor: encodeTimeCursor({ at, id: 'abc' }) }).cursor).toEqual({ at, id: 'abc' })
    expect(ZSequencePage.parse({ cursor: encodeSequenceCursor(123456789012345n) }).cursor).toBe(123456789012345n)
  })

  it('take a blank cursor or limit as not given', () => {
    expect(ZTimePage.parse({ cursor: null, limit: '' })).toEqual({ cursor: undefined, limit: undefined })
  })

  it('refuse a forged cursor, one of another kind of list, and limits out of bounds', () => {
    const problems = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    for (const cursor of ['nope', '', Buffer.from('[1]').toString('base64url'), encodeSequenceCursor(5n), 'x'.repeat(400)]) {
      if (cursor) expect(problems(ZTimePage, { cursor })).toEqual([expect.stringMatching(/^cursor: is not a page cursor from this list/)])
    }
    expect(problems(ZSequencePage, { cursor: encodeTimeCursor({ at: new Date(), id: 'a' }) })).toEqual([expect.stringMatching(/^cursor: is not a page cursor/)])
    expect(problems(ZTimePage, { limit: '0' })).toEqual(['limit: must be at least 1'])
    expect(problems(ZTimePage, { limit: '201' })).toEqual(['limit: must be at most 200'])
    expect(problems(ZTimePage, { limit: '2.5' })).toEqual(['limit: must be a whole number'])
  })

  it('say there is a next page only when the query found one more row than the page holds', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    expect(takePage(rows, 2, (row) => row.id)).toEqual({ rows: rows.slice(0, 2), nextCursor: 'b' })
    expect(takePage(rows, 3, (row) => row.id)).toEqual({ rows, nextCursor: null })
  })
})
