import { describe, expect, it } from 'vitest'
import { LiveCursor, MAX_CURSOR_IDS, parseLastEventId } from '@/lib/events/live-cursor'

describe('the live cursor', () => {
  it('round-trips through its SSE id: the horizon and the ids delivered at or above it', () => {
    const cursor = new LiveCursor(700n)
    cursor.add('11', 705n)
    cursor.add('12', 702n)
    cursor.add('9', 699n) // below the horizon: covered by it already
    expect(cursor.encode()).toBe('c700.12.11')
    const parsed = parseLastEventId(cursor.encode())
    expect(parsed?.kind).toBe('cursor')
    if (parsed?.kind !== 'cursor') return
    expect(parsed.cursor.horizon).toBe(700n)
    expect(parsed.cursor.ids().sort()).toEqual(['11', '12'])
  })

  it('forgets the ids its new horizon covers, and never moves back', () => {
    const cursor = new LiveCursor(700n)
    cursor.add('11', 705n)
    cursor.add('12', 702n)
    cursor.advanceTo(703n)
    expect(cursor.encode()).toBe('c703.11')
    cursor.advanceTo(650n)
    expect(cursor.horizon).toBe(703n)
  })

  it('keeps the newest ids when too many pile up behind an open transaction', () => {
    const cursor = new LiveCursor(1n)
    for (let id = 1; id <= MAX_CURSOR_IDS + 5; id++) cursor.add(String(id), BigInt(id))
    const ids = cursor.encode().split('.').slice(1)
    expect(ids).toHaveLength(MAX_CURSOR_IDS)
    expect(ids[0]).toBe('6')
    expect(parseLastEventId(cursor.encode())).not.toBeNull()
  })

  it('reads a plain event id as such, and anything else as a fresh start', () => {
    expect(parseLastEventId(' 42 ')).toEqual({ kind: 'legacy', id: 42n })
    for (const value of [null, '', 'c', 'c12.', 'c12.x', 'x12', `c1${'.1'.repeat(MAX_CURSOR_IDS + 1)}`]) expect(parseLastEventId(value)).toBeNull()
  })
})
