// The presence board is pure (a clock is passed in); it lives with the live tests.
import { describe, expect, it } from 'vitest'
import type { PresenceAnnouncement, Viewer } from '@/lib/events/announcements'
import { PRESENCE_TTL_MS, PresenceBoard } from '@/lib/events/presence-board'

function board() {
  let now = 1_000_000
  const changes: Viewer[][] = []
  const presence = new PresenceBoard((_documentId, viewers) => changes.push(viewers), () => now)
  return { presence, changes, advance: (ms: number) => (now += ms) }
}

const at = (kind: PresenceAnnouncement['kind'], userId: string, connectionId: string, documentId = 'doc'): PresenceAnnouncement => ({
  kind,
  userId,
  name: userId === 'u1' ? 'Ada' : 'Ben',
  workspaceId: 'ws',
  documentId,
  connectionId,
})

describe('presence', () => {
  it('lists each user once however many tabs they have, and only on a change', () => {
    const { presence, changes } = board()
    presence.apply(at('join', 'u2', 'c1'))
    presence.apply(at('join', 'u1', 'c2'))
    presence.apply(at('join', 'u1', 'c3'))
    presence.apply(at('heartbeat', 'u1', 'c3'))
    expect(changes.map((viewers) => viewers.map((v) => v.name))).toEqual([['Ben'], ['Ada', 'Ben']])
    presence.apply(at('leave', 'u1', 'c2'))
    expect(changes).toHaveLength(2)
    presence.apply(at('leave', 'u1', 'c3'))
    expect(changes.at(-1)).toEqual([{ userId: 'u2', name: 'Ben' }])
    expect(presence.viewers('other-doc')).toEqual([])
    presence.clear()
  })

  it('forgets a connection not heard from within the TTL, and keeps one that sends heartbeats', () => {
    const { presence, changes, advance } = board()
    presence.apply(at('join', 'u1', 'c1'))
    presence.apply(at('join', 'u2', 'c2'))
    advance(PRESENCE_TTL_MS - 1_000)
    presence.apply(at('heartbeat', 'u2', 'c2'))
    advance(2_000)
    presence.sweep()
    expect(changes.at(-1)).toEqual([{ userId: 'u2', name: 'Ben' }])
    advance(PRESENCE_TTL_MS)
    presence.sweep()
    expect(changes.at(-1)).toEqual([])
    presence.clear()
  })
})
