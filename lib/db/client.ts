import { PrismaClient } from './generated/client'
import { createPgAdapter } from './connection'

function createClient(): PrismaClient {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.')
  // Secrets never leave the data layer by accident: callers that need the hash ask for it explicitly.
  return new PrismaClient({ adapter: createPgAdapter(databaseUrl), omit: { user: { passwordHash: true } } })
}

export type Db = ReturnType<typeof createClient>
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { claimtrackDb?: Db }

export function getDb(): Db {
  globalForDb.claimtrackDb ??= createClient()
  return globalForDb.claimtrackDb
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.claimtrackDb?.$disconnect()
  globalForDb.claimtrackDb = undefined
}
