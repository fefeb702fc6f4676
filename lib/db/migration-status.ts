// Is the database migrated to what this build ships? Plain SQL on Prisma's
// `_prisma_migrations` table against the (cached) list of migration folders:
// GET /api/health calls this on every request, so it must not load the
// WebAssembly schema engine (schema-engine.ts) — import this file, not
// migrations.ts, from request paths.
import pg from 'pg'
import { parseDatabaseUrl } from './connection'
import { defaultPrismaDir, listMigrationNamesCached } from './migration-files'

// pg.Pool, pg.Client or a pool client.
export interface PgQueryable {
  query(sql: string): Promise<{ rows: unknown[] }>
}

// A PrismaClient or a transaction client.
export interface PrismaQueryable {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): PromiseLike<T>
}

// A DATABASE_URL, or a connection to it. A connection must have the search_path of
// the Postgres schema to inspect: getDb() and createPgAdapter() set it from `?schema=`.
export type MigrationStatusSource = string | PgQueryable | PrismaQueryable

export interface MigrationStatus {
  // No migration is pending and the database knows no migration this build lacks.
  isCurrent: boolean
  // In prisma/migrations but not (successfully) applied; in order.
  pending: string[]
  // Applied to the database but absent from prisma/migrations (the database is
  // ahead of this build, e.g. after rolling back a deploy).
  unknown: string[]
}

export interface MigrationStatusOptions {
  prismaDir?: string
}

// A failed migration (finished_at null) or one marked rolled back counts as not applied.
const APPLIED_SQL = `SELECT migration_name AS name FROM _prisma_migrations
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
// Unqualified, so it resolves through search_path; null when the table (or even
// the schema) does not exist yet.
const TABLE_EXISTS_SQL = `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`

export async function getMigrationStatus(
  source: MigrationStatusSource,
  options: MigrationStatusOptions = {},
): Promise<MigrationStatus> {
  const [expected, applied] = await Promise.all([
    listMigrationNamesCached(options.prismaDir ?? defaultPrismaDir()),
    readAppliedMigrationNames(source),
  ])
  const appliedSet = new Set(applied)
  const expectedSet = new Set(expected)
  const pending = expected.filter((name) => !appliedSet.has(name))
  const unknown = [...appliedSet].filter((name) => !expectedSet.has(name)).sort((a, b) => a.localeCompare(b))
  return { isCurrent: pending.length === 0 && unknown.length === 0, pending, unknown }
}

// Names of the migrations that finished successfully; empty if none ever ran.
export async function readAppliedMigrationNames(source: MigrationStatusSource): Promise<string[]> {
  if (typeof source !== 'string') return queryAppliedNames(toRunner(source))
  const client = new pg.Client({ connectionString: parseDatabaseUrl(source).connectionString })
  await client.connect()
  try {
    return await queryAppliedNames(toRunner(client))
  } finally {
    await client.end()
  }
}

type SqlRunner = (sql: string) => Promise<unknown[]>

function toRunner(source: PgQueryable | PrismaQueryable): SqlRunner {
  if ('$queryRawUnsafe' in source) return async (sql) => source.$queryRawUnsafe<unknown[]>(sql)
  return async (sql) => (await source.query(sql)).rows
}

async function queryAppliedNames(run: SqlRunner): Promise<string[]> {
  const [existsRow] = await run(TABLE_EXISTS_SQL)
  if (!isRecord(existsRow) || existsRow.exists !== true) return []
  const rows = await run(APPLIED_SQL)
  return rows.flatMap((row) => (isRecord(row) && typeof row.name === 'string' ? [row.name] : []))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
