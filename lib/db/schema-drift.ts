// Prisma's own answer to "does this database match prisma/schema.prisma?": the
// engine reads the live schema (the Postgres schema of `?schema=`) and diffs it
// against the file, as `prisma migrate diff --from-config-datasource --to-schema`
// does. Used by the tests that prove migrations and schema.prisma agree.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { defaultPrismaDir, hasSqlStatements } from './migration-files'

// The SQL that would make the database match the schema file, or null if none.
export async function findSchemaDrift(databaseUrl: string, options: { prismaDir?: string } = {}): Promise<string | null> {
  const schemaPath = path.join(options.prismaDir ?? defaultPrismaDir(), 'schema.prisma')
  const files = [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }]
  const { withSchemaEngine } = await import('./schema-engine')
  const result = await withSchemaEngine({ databaseUrl, schemaFiles: files }, ({ engine }) =>
    engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: path.dirname(schemaPath) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    }),
  )
  const sql = result.stdout ?? ''
  return hasSqlStatements(sql) ? sql : null
}
