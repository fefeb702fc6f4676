import path from 'node:path'
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrations'
import { DATA_DIR } from '@/lib/env'

// The database a command works in, found as `npm start` finds it: DATABASE_URL, or else
// the embedded one under .data/postgres — the running app's when `npm start` has it
// open, otherwise started for the command and stopped after. Migrated either way.
export async function openDatabase(): Promise<{ stop: () => Promise<void> }> {
  let stop = async () => {}
  if (!process.env.DATABASE_URL) {
    const dataDir = path.join(DATA_DIR, 'postgres')
    const running = await findRunningEmbeddedPostgres({ dataDir })
    if (running) {
      process.env.DATABASE_URL = running
    } else {
      const embedded = await startEmbeddedPostgres({ dataDir, log: (line) => process.stderr.write(`${line}\n`) }).catch((error: unknown) => {
        throw new Error(`could not start the embedded database (or set DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`)
      })
      process.env.DATABASE_URL = embedded.databaseUrl
      stop = embedded.stop
    }
  }
  await applyMigrations(process.env.DATABASE_URL!)
  return { stop }
}
