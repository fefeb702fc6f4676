// Writes a new migration: the SQL that takes a database from the schema of the
// latest migration to the current prisma/schema.prisma.
//
// Prisma's `migrate dev` computes this by replaying all migrations into a shadow
// database; the WebAssembly engine cannot create one, so we diff two schema
// *files* instead. The "before" file is a snapshot of schema.prisma kept next to
// the migrations (prisma/migrations/schema-snapshot.txt), rewritten with every
// migration. It is a plain text file: Prisma's CLI ignores it (see migration-files.ts).
// The test "schema matches migrations" proves the migrations and schema.prisma agree.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  defaultPrismaDir,
  hasSqlStatements,
  listMigrationNames,
  LOCK_FILE,
  LOCK_FILE_CONTENT,
  MIGRATION_FILE,
  migrationsDirOf,
  SNAPSHOT_FILE,
} from './migration-files'

// What "no schema at all" looks like to the engine. Diffing from a schema with
// only a datasource (rather than the engine's `empty` target) keeps a needless
// `CREATE SCHEMA IF NOT EXISTS "public"` out of the first migration.
const EMPTY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n'
const NAME_PATTERN = /^[a-z0-9][a-z0-9_]{0,79}$/

export interface WriteMigrationOptions {
  // snake_case, e.g. `add_claims`; becomes `<timestamp>_add_claims`.
  name: string
  prismaDir?: string
  now?: Date
}

export type WriteMigrationResult =
  | { status: 'created'; name: string; path: string; sql: string }
  | { status: 'no changes' }

// An error message for a bad name, or null when it is fine.
export function validateMigrationName(name: string): string | null {
  if (NAME_PATTERN.test(name)) return null
  const suggestion = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 80)
  return `Migration names are snake_case (a-z, 0-9, _; at most 80 characters), e.g. "add_claims".${
    suggestion && suggestion !== name ? ` Try "${suggestion}".` : ''
  }`
}

export async function writeMigration(options: WriteMigrationOptions): Promise<WriteMigrationResult> {
  const nameError = validateMigrationName(options.name)
  if (nameError) throw new Error(nameError)
  const prismaDir = options.prismaDir ?? defaultPrismaDir()
  const migrationsDir = migrationsDirOf(prismaDir)
  const schema = await readFile(path.join(prismaDir, 'schema.prisma'), 'utf8')
  const existing = await listMigrationNames(prismaDir)
  const before = existing.length === 0 ? EMPTY_SCHEMA : await readSnapshot(migrationsDir, existing)

  const sql = await diffSchemas(before, schema)
  if (!hasSqlStatements(sql)) return { status: 'no changes' }

  const name = `${nextTimestamp(options.now ?? new Date(), existing.at(-1))}_${options.name}`
  const dir = path.join(migrationsDir, name)
  await mkdir(migrationsDir, { recursive: true })
  await mkdir(dir) // not recursive: fails rather than overwrite an existing migration
  await writeFile(path.join(dir, MIGRATION_FILE), sql)
  await writeFile(path.join(migrationsDir, LOCK_FILE), LOCK_FILE_CONTENT)
  await writeFile(path.join(migrationsDir, SNAPSHOT_FILE), snapshotOf(schema, name))
  return { status: 'created', name, path: path.join(dir, MIGRATION_FILE), sql }
}

async function readSnapshot(migrationsDir: string, existing: string[]): Promise<string> {
  try {
    return await readFile(path.join(migrationsDir, SNAPSHOT_FILE), 'utf8')
  } catch {
    throw new Error(
      `prisma/migrations has ${existing.length} migration(s) but no ${SNAPSHOT_FILE}, so the schema they ` +
        `produce is unknown. Put the schema.prisma of migration ${existing.at(-1)} there ` +
        `(e.g. \`git show <commit>:prisma/schema.prisma\`), then run this again.`,
    )
  }
}

// The snapshot is schema.prisma verbatim under a comment line, so it stays a
// valid schema the engine can read as is.
function snapshotOf(schema: string, migrationName: string): string {
  return `// prisma/schema.prisma as of migration ${migrationName}. Written by \`npm run db:migration\`; do not edit.\n${schema}`
}

async function diffSchemas(before: string, after: string): Promise<string> {
  const { withSchemaEngine } = await import('./schema-engine')
  const result = await withSchemaEngine({}, ({ engine }) =>
    engine.diff({
      from: { tag: 'schemaDatamodel', files: [{ path: 'before.prisma', content: before }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: after }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    }),
  )
  return result.stdout ?? ''
}

// Prisma's format, in UTC. Never earlier than (or equal to) the latest existing
// migration, so the new one always sorts, and is applied, last.
function nextTimestamp(now: Date, latest: string | undefined): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14)
  const latestStamp = latest?.slice(0, 14)
  if (!latestStamp || !/^\d{14}$/.test(latestStamp) || stamp > latestStamp) return stamp
  const next = new Date(
    Date.UTC(
      Number(latestStamp.slice(0, 4)),
      Number(latestStamp.slice(4, 6)) - 1,
      Number(latestStamp.slice(6, 8)),
      Number(latestStamp.slice(8, 10)),
      Number(latestStamp.slice(10, 12)),
      Number(latestStamp.slice(12, 14)) + 1,
    ),
  )
  return next.toISOString().replace(/\D/g, '').slice(0, 14)
}
