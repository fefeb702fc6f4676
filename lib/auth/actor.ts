import type { Role } from '@/lib/db/generated/enums'

// The signed-in user as services see it. Every service takes one.
export interface Actor {
  id: string
  email: string
  name: string | null
  // Whether the user proved their address (read with the session; absent in scripts).
  isEmailVerified?: boolean
  // The user's role in each of their workspaces, read with the user at the start of
  // this request (lib/auth/load-actor.ts), so the services' checks need no query of
  // their own. Absent (scripts, tests, long-lived streams): each check reads it.
  roles?: ReadonlyMap<string, Role>
  // The session version the request's cookie was issued under (absent in scripts):
  // live streams, which outlive their request, check it again at every heartbeat.
  sessionVersion?: number
}
