// npm run db:migrate — applies the migrations in prisma/migrations that the
// database has not seen yet. The database is DATABASE_URL, or, when that is not
// set, the embedded PostgreSQL that `npm start` uses (started just for this).
import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations, describeDatabase } from '@/lib/db/migrations'
import { DATA_DIR } from '@/lib/env'

async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), log: console.log })
  const databaseUrl = process.env.DATABASE_URL ?? embedded?.databaseUrl ?? ''
  try {
    const { applied } = await applyMigrations(databaseUrl)
    const target = describeDatabase(databaseUrl)
    if (applied.length === 0) console.log(`${target} is up to date; no migration to apply.`)
    else console.log(`Applied to ${target}:\n${applied.map((name) => `  ${name}`).join('\n')}`)
  } finally {
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
