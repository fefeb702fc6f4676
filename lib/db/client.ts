import type pg from 'pg'
import { PrismaClient } from './generated/client'
import { createPgAdapter } from './connection'

function createClient(): { db: PrismaClient; pool: pg.Pool } {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.')
  const { adapter, connections } = createPgAdapter(databaseUrl)
  // Secrets never leave the data layer by accident: callers that need the hash ask for it explicitly.
  return { db: new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }), pool: connections }
}

export type Db = PrismaClient
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { claimtrackDb?: { db: PrismaClient; pool: pg.Pool } }

export function getDb(): Db {
  globalForDb.claimtrackDb ??= createClient()
  return globalForDb.claimtrackDb.db
}

// The pool under getDb(), for prepared statements (lib/db/prepared-query.ts).
export function getPool(): pg.Pool {
  globalForDb.claimtrackDb ??= createClient()
  return globalForDb.claimtrackDb.pool
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.claimtrackDb?.db.$disconnect()
  globalForDb.claimtrackDb = undefined
}
