// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/
// migration.sql: the SQL from the schema of the latest migration to the current
// prisma/schema.prisma. Needs no database. Review the SQL, then `npm run db:migrate`.
import path from 'node:path'
import { validateMigrationName, writeMigration } from '@/lib/db/migrations'

async function main(): Promise<void> {
  const name = process.argv[2]
  if (!name || process.argv.length > 3) {
    throw new Error('Usage: npm run db:migration -- <name>   (snake_case, e.g. add_claims)')
  }
  const nameError = validateMigrationName(name)
  if (nameError) throw new Error(nameError)

  const result = await writeMigration({ name })
  if (result.status === 'no changes') {
    console.log('No changes: prisma/schema.prisma matches the latest migration. Nothing written.')
    return
  }
  console.log(`Created ${path.relative(process.cwd(), result.path)}\nReview it, then apply it with: npm run db:migrate`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
