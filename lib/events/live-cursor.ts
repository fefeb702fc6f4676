// Where a live stream stands, sent as each event's SSE id so that a reconnecting
// EventSource hands it back as Last-Event-ID.
//
// Why not the last event's id: ids come from a sequence when a row is inserted, not when
// its transaction commits. A (id 10) may commit after B (id 11); a client that saw 11
// and replays `id > 11` never gets 10. A commit-ordered position would need logical
// decoding; instead the cursor holds a snapshot horizon, `pg_snapshot_xmin`: every
// transaction below it has ended, so every row it wrote is visible, and every row not yet
// visible has an xactId (its transaction's id) at or above it, whatever its id. The
// cursor says: "all rows below the horizon were delivered, and of those at or above it,
// these ids". Replaying reads the rows at or above the horizon, minus those ids. The
// horizon moves only after such a complete read, so it never passes a row not delivered.
export const MAX_CURSOR_IDS = 100
const ENCODED = /^c(\d{1,19})((?:\.\d{1,19}){0,100})$/
const LEGACY = /^\d{1,19}$/

export type LastEventId = { kind: 'cursor'; cursor: LiveCursor } | { kind: 'legacy'; id: bigint } | null

export class LiveCursor {
  // id → xactId of the rows delivered at or above the horizon.
  private readonly delivered = new Map<string, bigint>()

  constructor(private horizonValue: bigint) {}

  get horizon(): bigint {
    return this.horizonValue
  }

  get size(): number {
    return this.delivered.size
  }

  has(id: string): boolean {
    return this.delivered.has(id)
  }

  ids(): string[] {
    return [...this.delivered.keys()]
  }

  add(id: string, xactId: bigint): void {
    if (xactId >= this.horizonValue) this.delivered.set(id, xactId)
  }

  // Only after every row at or above the current horizon, visible once `horizon` was
  // read, has been delivered.
  advanceTo(horizon: bigint): void {
    if (horizon <= this.horizonValue) return
    this.horizonValue = horizon
    for (const [id, xactId] of this.delivered) if (xactId < horizon) this.delivered.delete(id)
  }

  // Behind a transaction that stays open, ids pile up: past MAX_CURSOR_IDS the newest
  // are kept and the others may be replayed twice after a reconnection (a duplicate
  // makes the page refresh once more; a loss would leave it stale).
  encode(): string {
    const ids = [...this.delivered.entries()]
      .sort(([a, x], [b, y]) => (x === y ? compare(BigInt(a), BigInt(b)) : compare(x, y)))
      .slice(-MAX_CURSOR_IDS)
      .map(([id]) => id)
    return `c${this.horizonValue}${ids.map((id) => `.${id}`).join('')}`
  }
}

// A cursor this server sent, or a plain event id (what the page knows when it renders,
// and what older servers sent); anything else starts afresh.
export function parseLastEventId(value: string | null | undefined): LastEventId {
  const text = value?.trim() ?? ''
  if (LEGACY.test(text)) return { kind: 'legacy', id: BigInt(text) }
  const match = ENCODED.exec(text)
  if (!match) return null
  const cursor = new LiveCursor(BigInt(match[1]!))
  // The client does not know the ids' xactIds: the replay reads them back.
  for (const id of match[2]!.split('.').slice(1)) cursor.add(id, cursor.horizon)
  return { kind: 'cursor', cursor }
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}
