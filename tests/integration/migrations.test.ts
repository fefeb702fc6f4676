// applyMigrations, getMigrationStatus and writeMigration, on schemas of their own
// and on temporary copies of prisma/ (the repository is never written to).
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { parseDatabaseUrl } from '@/lib/db/connection'
import { applyMigrations, getMigrationStatus, validateMigrationName, writeMigration } from '@/lib/db/migrations'
import { findSchemaDrift } from '@/lib/db/schema-drift'
import { dropSchema, uniqueSchemaName, withClient, withSchema } from './setup/test-schemas'

const baseUrl = process.env.TEST_DATABASE_BASE_URL ?? ''
const shipped = (await readdir(path.resolve('prisma/migrations'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const schemas: string[] = []
const tempDirs: string[] = []

function freshSchemaUrl(label: string): string {
  const schema = uniqueSchemaName(label)
  schemas.push(schema)
  return withSchema(baseUrl, schema)
}

// A throwaway copy of prisma/ to write migrations into.
async function copyOfPrismaDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimtrack-prisma-'))
  tempDirs.push(dir)
  await cp(path.resolve('prisma'), dir, { recursive: true })
  return dir
}

afterAll(async () => {
  for (const schema of schemas) await dropSchema(baseUrl, schema)
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true })
})

describe('applyMigrations and getMigrationStatus', () => {
  const url = freshSchemaUrl('apply')

  it('reports every migration pending on a schema that does not exist yet', async () => {
    expect(shipped.length).toBeGreaterThan(0)
    expect(await getMigrationStatus(url)).toEqual({ isCurrent: false, pending: shipped, unknown: [] })
  })

  it('creates the schema, applies everything once, and nothing the second time', async () => {
    expect(await applyMigrations(url)).toEqual({ applied: shipped })
    expect(await applyMigrations(url)).toEqual({ applied: [] })
    const rows = await withClient(baseUrl, (client) =>
      client.query(`SELECT migration_name FROM "${parseDatabaseUrl(url).schema}"._prisma_migrations WHERE finished_at IS NOT NULL`),
    )
    expect(rows.rows.map((row: { migration_name: string }) => row.migration_name).sort()).toEqual(shipped)
  })

  it('then reports current, whether asked with a URL, a pg pool or the Prisma client', async () => {
    const current = { isCurrent: true, pending: [], unknown: [] }
    expect(await getMigrationStatus(url)).toEqual(current)
    const pool = new pg.Pool({ connectionString: parseDatabaseUrl(url).connectionString })
    expect(await getMigrationStatus(pool)).toEqual(current)
    await pool.end()
    // getDb() is on this file's own schema, migrated by the harness.
    expect(await getMigrationStatus(getDb())).toEqual(current)
  })

  it('lists migrations the database has but this build lacks as unknown', async () => {
    await withClient(baseUrl, (client) =>
      client.query(
        `INSERT INTO "${parseDatabaseUrl(url).schema}"._prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ('x', 'x', '29991231000000_from_the_future', now(), 1)`,
      ),
    )
    expect(await getMigrationStatus(url)).toEqual({ isCurrent: false, pending: [], unknown: ['29991231000000_from_the_future'] })
  })
})

describe('writeMigration', () => {
  let prismaDir = ''
  beforeAll(async () => {
    prismaDir = await copyOfPrismaDir()
  })

  it('says "no changes" for the current schema, and writes nothing', async () => {
    const before = await readdir(path.join(prismaDir, 'migrations'))
    expect(await writeMigration({ name: 'nothing', prismaDir })).toEqual({ status: 'no changes' })
    expect(await readdir(path.join(prismaDir, 'migrations'))).toEqual(before)
  })

  it('writes the diff as the next migration, in Prisma’s layout, and applies it', async () => {
    const schemaFile = path.join(prismaDir, 'schema.prisma')
    await writeFile(schemaFile, `${await readFile(schemaFile, 'utf8')}\nmodel Probe {\n  id   Int     @id\n  note String?\n}\n`)
    const result = await writeMigration({ name: 'add_probe', prismaDir, now: new Date('2000-01-01T00:00:00Z') })
    if (result.status !== 'created') throw new Error('expected a migration')
    // Never dated before the latest migration, so it always sorts (and applies) last.
    expect(result.name > (shipped.at(-1) ?? '')).toBe(true)
    expect(result.name).toMatch(/^\d{14}_add_probe$/)
    expect(result.path).toBe(path.join(prismaDir, 'migrations', result.name, 'migration.sql'))
    expect(result.sql).toContain('CREATE TABLE "Probe"')
    expect(result.sql).not.toContain('CREATE SCHEMA')
    expect(await readFile(path.join(prismaDir, 'migrations/migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"')
    expect(await writeMigration({ name: 'again', prismaDir })).toEqual({ status: 'no changes' })

    const url = freshSchemaUrl('write')
    await applyMigrations(url) // the shipped ones…
    expect(await applyMigrations(url, { prismaDir })).toEqual({ applied: [result.name] }) // …then only the new one
    expect(await getMigrationStatus(url, { prismaDir })).toEqual({ isCurrent: true, pending: [], unknown: [] })
    expect(await findSchemaDrift(url, { prismaDir })).toBeNull()
  })

  it('refuses names that are not snake_case, suggesting one', async () => {
    expect(validateMigrationName('add_claims')).toBeNull()
    expect(validateMigrationName('Add-Claims')).toContain('Try "add_claims"')
    await expect(writeMigration({ name: '../escape', prismaDir })).rejects.toThrow(/snake_case/)
  })

  it('explains what to do when migrations exist but the schema snapshot does not', async () => {
    const dir = await copyOfPrismaDir()
    await rm(path.join(dir, 'migrations/schema-snapshot.txt'))
    await expect(writeMigration({ name: 'x', prismaDir: dir })).rejects.toThrow(/no schema-snapshot\.txt/)
  })
})

describe('a failing migration', () => {
  it('leaves nothing half-applied and stays pending; semicolons inside strings are fine', async () => {
    const prismaDir = await copyOfPrismaDir()
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(prismaDir, 'migrations', name))
      await writeFile(path.join(prismaDir, 'migrations', name, 'migration.sql'), sql)
    }
    await write('29990101000000_comment', `COMMENT ON TABLE "User" IS 'checked; and double-checked';`)
    await write('29990102000000_broken', 'CREATE TABLE "Half" (id int);\nSELECT 1 / 0;')
    const url = freshSchemaUrl('failing')

    await expect(applyMigrations(url, { prismaDir })).rejects.toThrow(/division by zero/)
    const schema = parseDatabaseUrl(url).schema ?? ''
    const state = await withClient(baseUrl, async (client) => ({
      half: (await client.query('SELECT to_regclass($1) AS oid', [`"${schema}"."Half"`])).rows[0]?.oid ?? null,
      comment: (await client.query('SELECT obj_description(to_regclass($1)) AS text', [`"${schema}"."User"`])).rows[0]?.text,
    }))
    expect(state).toEqual({ half: null, comment: 'checked; and double-checked' })
    expect((await getMigrationStatus(url, { prismaDir })).pending).toEqual(['29990102000000_broken'])
  })
})
