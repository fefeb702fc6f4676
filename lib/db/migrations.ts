// Applying migrations, and the entry point for everything migration-related.
//
// The schema engine is imported lazily: loading it compiles ~5 MB of WebAssembly,
// and most callers (a warm `npm start` with nothing to apply, the health check)
// never need it. Request paths should still import migration-status.ts directly.
import { parseDatabaseUrl } from './connection'
import { defaultPrismaDir, readMigrationList } from './migration-files'
import { readAppliedMigrationNames } from './migration-status'

export { getMigrationStatus, type MigrationStatus, type MigrationStatusSource } from './migration-status'
export { writeMigration, validateMigrationName, type WriteMigrationResult } from './write-migration'

export interface ApplyMigrationsOptions {
  prismaDir?: string
}

// Applies prisma/migrations/*/migration.sql that the database has not seen, in
// order, with Prisma's own `_prisma_migrations` bookkeeping (so a database migrated
// here is one `prisma migrate deploy` also considers up to date). Idempotent. The
// Postgres schema named by `?schema=` is created if missing (by the engine).
// Each migration runs as one implicit transaction: a failing one leaves no trace
// but its failed row in `_prisma_migrations`, which blocks further deploys until
// it is resolved, exactly as with Prisma's CLI.
export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationList(options.prismaDir ?? defaultPrismaDir())
  const applied = new Set(await readAppliedMigrationNames(databaseUrl))
  // Fast path for every warm start: nothing to apply, so no engine to load (~50 ms
  // plus a connection pool).
  if (migrationsList.migrationDirectories.every((dir) => applied.has(dir.path))) return { applied: [] }

  const { withSchemaEngine } = await import('./schema-engine')
  const result = await withSchemaEngine({ databaseUrl }, ({ engine }) =>
    engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
  )
  return { applied: result.appliedMigrationNames }
}

// The Postgres schema a DATABASE_URL points at, for messages ("applied to x").
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  const { schema } = parseDatabaseUrl(databaseUrl)
  return `${url.hostname}:${url.port || '5432'}${url.pathname}${schema ? ` (schema ${schema})` : ''}`
}
