import 'server-only'
import type { Role } from '@/lib/db/generated/enums'
import { preparedQuery } from '@/lib/db/prepared-query'
import type { Actor } from './actor'

const selectActor = preparedQuery<{ id: string; email: string; name: string | null; isEmailVerified: boolean; roles: Record<string, Role> }>(
  'load_actor',
  `SELECT u.id, u.email, u.name, u."emailVerifiedAt" IS NOT NULL AS "isEmailVerified",
          coalesce(json_object_agg(m."workspaceId", m.role) FILTER (WHERE m."workspaceId" IS NOT NULL), '{}') AS roles
     FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u.id
    WHERE u.id = $1 AND ($2::int IS NULL OR u."sessionVersion" = $2)
    GROUP BY u.id`,
)

// The user behind a session, with their workspace roles, in one round trip; null when
// the account no longer exists or the session was issued under an older session
// version (password changed, signed out everywhere), so such a still-valid cookie
// grants nothing. Scripts and tests that hold no session pass no version.
export async function loadActor(userId: string, { sessionVersion }: { sessionVersion?: number } = {}): Promise<Actor | null> {
  const [row] = await selectActor([userId, sessionVersion ?? null])
  if (!row) return null
  return { id: row.id, email: row.email, name: row.name, isEmailVerified: row.isEmailVerified, roles: new Map(Object.entries(row.roles)), sessionVersion }
}
