import 'server-only'
import pg from 'pg'
import { parseDatabaseUrl } from '@/lib/db/database-url'
import { countQueriesOn } from '@/lib/db/query-counter'
import { decodeSessionToken, sessionVersionOf } from './session-token'

export type DocumentPageAccess = 'allowed' | 'signed-out' | 'expired' | 'not-found'

// The document page is the same static file for everyone (it holds no data; its data
// comes from APIs that authorize each read). This decides, before it is served, what
// every other page decides when it renders: sign in first, or "not found" for a
// document that does not exist or is in a workspace the user is not a member of.
// It runs in the proxy (proxy.ts), which Next bundles apart from the app: hence plain
// node-postgres here, not Prisma.
export async function checkDocumentPageAccess({ token, workspaceId, documentId }: { token: string | undefined; workspaceId: string; documentId: string }): Promise<DocumentPageAccess> {
  const secret = process.env.NEXTAUTH_SECRET
  if (!token || !secret) return 'signed-out'
  const payload = await decodeSessionToken({ token, secret }).catch(() => null)
  if (typeof payload?.sub !== 'string') return 'expired'
  const { rows } = await pool().query<{ isUser: boolean; isMember: boolean }>({
    name: 'check_document_page_access',
    text: `SELECT EXISTS (SELECT 1 FROM "User" WHERE id = $1 AND "sessionVersion" = $4) AS "isUser",
                  EXISTS (SELECT 1 FROM "Membership" m JOIN "Document" d ON d."workspaceId" = m."workspaceId"
                           WHERE m."userId" = $1 AND m."workspaceId" = $2 AND d.id = $3 AND d."archivedAt" IS NULL) AS "isMember"`,
    values: [payload.sub, workspaceId, documentId, sessionVersionOf(payload)],
  })
  // A deleted account's, or an ended session's, still-valid cookie grants nothing, as in getActor.
  if (!rows[0]?.isUser) return 'expired'
  return rows[0].isMember ? 'allowed' : 'not-found'
}

// One small pool per process, kept across the dev server's module reloads.
const globalForGuard = globalThis as unknown as { claimtrackGuardPool?: pg.Pool }

function pool(): pg.Pool {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set')
  if (!globalForGuard.claimtrackGuardPool) {
    const created = new pg.Pool({ connectionString: parseDatabaseUrl(databaseUrl).connectionString, max: 4, connectionTimeoutMillis: 5_000 })
    // An idle connection that drops must not take the process down; the next query reconnects.
    created.on('error', () => {})
    created.on('connect', countQueriesOn)
    globalForGuard.claimtrackGuardPool = created
  }
  return globalForGuard.claimtrackGuardPool
}

// For tests and shutdown.
export async function closeDocumentPageGuard(): Promise<void> {
  await globalForGuard.claimtrackGuardPool?.end()
  globalForGuard.claimtrackGuardPool = undefined
}
