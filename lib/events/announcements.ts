import { z } from 'zod'

// Channel of viewers joining, staying (every 15 s) and leaving a document.
export const PRESENCE_CHANNEL = 'claimtrack_presence'

const ZActivityAnnouncement = z.object({
  id: z.string().regex(/^\d+$/),
  workspaceId: z.string(),
  documentId: z.string().nullable(),
  claimId: z.string().nullable(),
  action: z.string(),
  actorId: z.string().nullable(),
})
export type ActivityAnnouncement = z.infer<typeof ZActivityAnnouncement>

const ZPresenceAnnouncement = z.object({
  kind: z.enum(['join', 'heartbeat', 'leave']),
  userId: z.string(),
  name: z.string(),
  workspaceId: z.string(),
  documentId: z.string(),
  connectionId: z.string(),
})
export type PresenceAnnouncement = z.infer<typeof ZPresenceAnnouncement>

export interface Viewer {
  userId: string
  name: string
}

export type LiveMessage =
  | { type: 'activity'; announcement: ActivityAnnouncement }
  | { type: 'presence'; viewers: Viewer[] }
  // Another viewer joined: say we are here now rather than at the next heartbeat.
  | { type: 'presenceRequested' }
  // The LISTEN connection was lost and is back: announcements in between are lost.
  | { type: 'reconnected' }

// Payloads come from the database, but anyone with SQL access could NOTIFY: a
// malformed one is ignored rather than trusted.
export function parseActivityAnnouncement(payload: string | undefined): ActivityAnnouncement | null {
  return parseJson(ZActivityAnnouncement, payload)
}

export function parsePresenceAnnouncement(payload: string | undefined): PresenceAnnouncement | null {
  return parseJson(ZPresenceAnnouncement, payload)
}

function parseJson<T>(schema: z.ZodType<T>, payload: string | undefined): T | null {
  if (!payload) return null
  try {
    const result = schema.safeParse(JSON.parse(payload))
    return result.success ? result.data : null
  } catch {
    return null
  }
}
