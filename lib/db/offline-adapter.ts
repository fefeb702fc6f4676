// A driver adapter with no database behind it, for schema-engine work that only
// compares two schema files (writing a migration).
//
// Why not a real connection: the engine asks the connected database whether the
// target Postgres schema exists, and if it does not (e.g. `?schema=test_x`), the
// generated migration starts with `CREATE SCHEMA IF NOT EXISTS "test_x"` — a
// migration that then only fits that one schema. Diffing offline keeps migration
// files schema-neutral (like the native CLI's), and `npm run db:migration` needs
// no running database at all.
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils'

// The oldest Postgres we run on (the test service is 15, embedded is 18). Prisma
// renders the same DDL for both; the engine refuses versions it does not know.
const ASSUMED_VERSION = { text: 'PostgreSQL 15.0 (offline)', number: 150000 }

// Answers the one probe the engine sends when it starts (schema exists?, version)
// and refuses anything else, so a diff can never silently depend on live data.
function answer(query: SqlQuery): SqlResultSet {
  if (query.sql.includes('FROM pg_namespace') && query.sql.includes('version()')) {
    return {
      columnNames: ['exists', 'version', 'numeric_version'],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, ASSUMED_VERSION.text, ASSUMED_VERSION.number]],
    }
  }
  throw new Error(`The offline schema engine has no database; it cannot run: ${query.sql.slice(0, 80)}`)
}

function offlineAdapter(): SqlDriverAdapter {
  const refuse = (): Promise<never> => Promise.reject(new Error('The offline schema engine has no database.'))
  return {
    provider: 'postgres',
    adapterName: 'claimtrack-offline',
    queryRaw: async (query) => answer(query),
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    dispose: async () => {},
  }
}

export function createOfflineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: 'claimtrack-offline',
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  }
}
