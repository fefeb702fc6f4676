import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrations'
import { DATA_DIR } from '@/lib/env'

// The database a command works in: DATABASE_URL, or else the embedded one `npm start`
// uses (started for the command, stopped after), migrated either way.
export async function openDatabase(): Promise<{ stop: () => Promise<void> }> {
  let stop = async () => {}
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), log: (line) => process.stderr.write(`${line}\n`) }).catch((error: unknown) => {
      throw new Error(`could not start the embedded database (is \`npm start\` using it? then set DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`)
    })
    process.env.DATABASE_URL = embedded.databaseUrl
    stop = embedded.stop
  }
  await applyMigrations(process.env.DATABASE_URL!)
  return { stop }
}
