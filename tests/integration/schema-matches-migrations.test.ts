// Proves that applying prisma/migrations gives exactly the database that
// prisma/schema.prisma describes (so migrations and schema cannot drift apart),
// in two independent ways: our own reading of the DMMF against pg_catalog, and
// Prisma's schema engine diffing the live database against the file.
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Prisma, $Enums } from '@/lib/db/generated/client'
import { applyMigrations, writeMigration } from '@/lib/db/migrations'
import { findSchemaDrift } from '@/lib/db/schema-drift'
import { compareShapes } from './schema-check/database-shape'
import { catalogShape } from './schema-check/catalog-shape'
import { readDatamodel } from './schema-check/dmmf'
import { expectedShape } from './schema-check/expected-shape'
import { dropSchema, uniqueSchemaName, withClient, withSchema } from './setup/test-schemas'

const schemaText = readFileSync(path.resolve('prisma/schema.prisma'), 'utf8')
const datamodel = readDatamodel(schemaText)
const baseUrl = process.env.TEST_DATABASE_BASE_URL ?? ''
// This file's schema, migrated by the harness (tests/integration/setup/test-database.ts).
const migratedSchema = process.env.TEST_DATABASE_SCHEMA ?? ''

const problemsIn = (schema: string) =>
  withClient(baseUrl, async (client) => compareShapes(expectedShape(datamodel), await catalogShape(client, schema)))

describe('the migrated database matches prisma/schema.prisma', () => {
  it('has every table, column (type, nullability, default), index, unique, foreign key and enum, and nothing else', async () => {
    expect(await problemsIn(migratedSchema)).toEqual([])
  })

  it('shows no drift to Prisma’s schema engine either', async () => {
    expect(await findSchemaDrift(process.env.DATABASE_URL ?? '')).toBeNull()
  })

  it('is the schema the generated client was built from (models, scalar fields, enum values)', () => {
    const namespace = Prisma as unknown as Record<string, Record<string, string> | undefined>
    expect(Object.keys(Prisma.ModelName).sort()).toEqual(datamodel.models.map((m) => m.name).sort())
    for (const model of datamodel.models) {
      const clientFields = Object.keys(namespace[`${model.name}ScalarFieldEnum`] ?? {}).sort()
      const schemaFields = model.fields.filter((f) => f.kind !== 'object' && f.kind !== 'unsupported').map((f) => f.name).sort()
      expect(clientFields, `${model.name}: run npm run postinstall to regenerate the client`).toEqual(schemaFields)
    }
    const clientEnums = $Enums as unknown as Record<string, Record<string, string>>
    for (const e of datamodel.enums) expect(Object.keys(clientEnums[e.name] ?? {})).toEqual(e.values.map((v) => v.name))
  })
})

describe('the comparison fails when the database differs', () => {
  const schema = uniqueSchemaName('schema_tampered')
  const url = withSchema(baseUrl, schema)
  beforeAll(async () => {
    await applyMigrations(url)
    await withClient(baseUrl, (client) =>
      client.query(`SET search_path TO "${schema}";
        ALTER TABLE "Document" ALTER COLUMN "title" DROP NOT NULL;
        ALTER TABLE "DocumentRevision" ALTER COLUMN "number" TYPE bigint;
        ALTER TABLE "Workspace" ALTER COLUMN "isPersonal" SET DEFAULT true;
        DROP INDEX "Invitation_email_idx";
        ALTER TABLE "Membership" DROP CONSTRAINT "Membership_userId_fkey";
        ALTER TYPE "Role" ADD VALUE 'GHOST';
        CREATE TABLE "Stray" (id int)`),
    )
  })
  afterAll(() => dropSchema(baseUrl, schema))

  it('names each difference', async () => {
    const problems = (await problemsIn(schema)).join('\n')
    expect(problems).toMatch(/column Document\.title: .*"isNullable":true/)
    expect(problems).toMatch(/column DocumentRevision\.number: .*"type":"bigint"/)
    expect(problems).toMatch(/column Workspace\.isPersonal: .*"default":"true"/)
    expect(problems).toContain('missing index Invitation_email_idx')
    expect(problems).toContain('missing foreign key Membership_userId_fkey')
    expect(problems).toMatch(/enum Role: .*GHOST/)
    expect(problems).toContain('unexpected table Stray')
  })

  it('and so does the schema engine', async () => {
    expect(await findSchemaDrift(url)).toMatch(/Invitation_email_idx/)
  })
})

describe('the comparison follows Prisma’s rules beyond today’s schema', () => {
  const schema = uniqueSchemaName('schema_coverage')
  const url = withSchema(baseUrl, schema)
  afterAll(() => dropSchema(baseUrl, schema))

  it('accepts a database migrated from a schema with native types, lists, @map, defaults and actions', async () => {
    // Through the real pipeline: write the migration with our writer, apply it.
    const prismaDir = await mkdtemp(path.join(tmpdir(), 'claimtrack-coverage-'))
    const coverageSchema = readFileSync(path.resolve('tests/fixtures/schema-check-coverage.prisma'), 'utf8')
    await writeFile(path.join(prismaDir, 'schema.prisma'), coverageSchema)
    expect((await writeMigration({ name: 'coverage', prismaDir })).status).toBe('created')
    await applyMigrations(url, { prismaDir })

    const problems = await withClient(baseUrl, async (client) =>
      compareShapes(expectedShape(readDatamodel(coverageSchema)), await catalogShape(client, schema)),
    )
    expect(problems).toEqual([])
    await rm(prismaDir, { recursive: true })
  })
})
