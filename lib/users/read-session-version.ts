import 'server-only'
import { getDb } from '@/lib/db/client'

// Stamped into a new session cookie, so that raising it later ends the session.
export async function readSessionVersion(userId: string): Promise<number> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })
  return user.sessionVersion
}
