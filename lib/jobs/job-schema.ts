import { parseDatabaseUrl } from '@/lib/db/database-url'

// The queue's tables live in their own schema beside the app's ("pgboss", or
// "<schema>_jobs" when DATABASE_URL names a schema), so they never mix with the
// tables the migrations own.
export function jobSchemaFor(databaseUrl: string): string {
  const { schema } = parseDatabaseUrl(databaseUrl)
  return schema && schema !== 'public' ? `${schema}_jobs` : 'pgboss'
}
