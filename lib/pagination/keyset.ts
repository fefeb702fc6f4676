import type { TimePosition } from './page-cursor'

export type Direction = 'asc' | 'desc'

// The rows after `cursor` in (field, id) order, as a Prisma where fragment. The
// timestamp alone is not unique (rows written in one millisecond), hence the id.
export function afterTimePosition<Field extends string>(field: Field, direction: Direction, cursor: TimePosition | undefined) {
  if (!cursor) return {}
  const beyond = direction === 'desc' ? 'lt' : 'gt'
  return { OR: [{ [field]: { [beyond]: cursor.at } }, { [field]: cursor.at, id: { [beyond]: cursor.id } }] }
}

// The order that goes with afterTimePosition, for findMany's orderBy.
export function timeOrder<Field extends string>(field: Field, direction: Direction) {
  return [{ [field]: direction }, { id: direction }] as { [K in Field | 'id']?: Direction }[]
}

export interface Page<Row> {
  rows: Row[]
  // The cursor of the next page, or null when this page is the last.
  nextCursor: string | null
}

// Cuts the limit + 1 rows a query fetched to one page: the extra row only says that
// there is a next page, without a count.
// `cursorOf` encodes the last row's position (encodeTimeCursor, encodeSequenceCursor).
export function takePage<Row>(fetched: Row[], limit: number, cursorOf: (row: Row) => string): Page<Row> {
  const rows = fetched.slice(0, limit)
  const last = rows.at(-1)
  return { rows, nextCursor: fetched.length > limit && last ? cursorOf(last) : null }
}
