// Prisma's schema engine (migrations, schema diffs) as WebAssembly.
//
// The Prisma CLI downloads a native schema engine on first use; that download is
// impossible offline, so we run the engine's WebAssembly build from npm instead
// (@prisma/schema-engine-wasm), talking to Postgres through @prisma/adapter-pg.
// Only scripts and tests load this module: it compiles ~5 MB of WebAssembly, so
// request paths (e.g. /api/health) must never import it.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'
import { parseDatabaseUrl } from './connection'
import { createOfflineAdapterFactory } from './offline-adapter'

export type { SchemaEngine }
type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg')

// The wasm instance is process-wide state inside schema_engine_bg.js (Node caches
// that module once per process, even when vitest re-evaluates our module per test
// file), so the instance is kept on globalThis and created exactly once.
const globalForEngine = globalThis as unknown as { claimtrackSchemaEngine?: Promise<Bindings> }

async function instantiateBindings(): Promise<Bindings> {
  // The package's ESM entry does `import * as wasm from './x.wasm'`, which Node 20
  // refuses; so we do by hand what a bundler would: instantiate the .wasm with the
  // JS glue module as its import object, then hand the exports back to the glue.
  const jsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const bindings = (await import(pathToFileURL(jsPath).href)) as Bindings
  const bytes = await readFile(path.join(path.dirname(jsPath), 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(bindings) })
  bindings.__wbg_set_wasm(instance.exports)
  const start = instance.exports.__wbindgen_start
  if (typeof start === 'function') start()
  return bindings
}

// The engine guards some waits with timers it never clears (e.g. 10 s for taking
// the migration advisory lock), which kept `npm run db:migrate` alive for 10 s after
// it was done. Unref'd, they still fire if the process is busy anyway, but never
// hold it open: the work they guard has its own open socket.
function withUnrefTimers(bindings: Bindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(bindings as unknown as WebAssembly.ModuleImports) }
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof value !== 'function') continue
    imports[name] = (...args: unknown[]) => {
      const timer: unknown = value(...args)
      if (timer instanceof Object && 'unref' in timer && typeof timer.unref === 'function') timer.unref()
      return timer
    }
  }
  return imports
}

function loadBindings(): Promise<Bindings> {
  globalForEngine.claimtrackSchemaEngine ??= instantiateBindings().catch((error: unknown) => {
    globalForEngine.claimtrackSchemaEngine = undefined
    throw error
  })
  return globalForEngine.claimtrackSchemaEngine
}

// adapter-pg's executeScript splits the script on every ";" and runs the pieces one
// by one: a migration that fails halfway stays half-applied, and a ";" inside a
// string or a function body breaks it. Sending the whole script as one simple
// query (what Prisma's native engine does) runs it in one implicit transaction.
class ScriptSafePrismaPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool, schema: string | undefined) {
    super(pool, { schema })
  }

  override async connect(): ReturnType<PrismaPg['connect']> {
    const adapter = await super.connect()
    adapter.executeScript = async (script: string): Promise<void> => {
      await this.pool.query(script).catch((error: unknown) => {
        throw toDriverAdapterError(error)
      })
    }
    return adapter
  }
}

// The engine only understands driver errors in adapter-pg's shape; this is the
// shape adapter-pg gives any Postgres error it has no special case for.
function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code ?? 'N/A',
    severity: error.severity ?? 'N/A',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  })
}

// Postgres's one-byte "char" type (pg_catalog columns such as pg_constraint.contype)
// is unknown to adapter-pg 7.10, so every engine command that reads the catalog
// (diffing against a live database) failed with "Column type 'char' could not be
// deserialized". pg already returns it as a string; we only relabel it as text.
const PG_CHAR_OID = 18
const PG_TEXT_OID = 25

function readCharAsText(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult | pg.QueryResult[]>
  const relabelled = async (config: pg.QueryConfig) => {
    const result = await query(config)
    for (const { fields } of Array.isArray(result) ? result : [result]) {
      for (const field of fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID
    }
    return result
  }
  Object.assign(pool, { query: relabelled })
}

export interface SchemaFile {
  path: string
  content: string
}

export interface SchemaEngineOptions {
  // Omit for operations that need no database (diffing two schema files); see
  // offline-adapter.ts for why diffs should be made offline.
  databaseUrl?: string
  schemaFiles?: SchemaFile[]
}

export interface SchemaEngineHandle {
  engine: SchemaEngine
  dispose(): Promise<void>
}

// Migration commands run in the Postgres schema of the URL's `?schema=` (default
// public), which the engine creates if needed, `_prisma_migrations` included.
export async function createSchemaEngine(options: SchemaEngineOptions = {}): Promise<SchemaEngineHandle> {
  const bindings = await loadBindings()
  let pool: pg.Pool | undefined
  let factory: SqlMigrationAwareDriverAdapterFactory = createOfflineAdapterFactory()
  if (options.databaseUrl) {
    const settings = parseDatabaseUrl(options.databaseUrl)
    // Our own pool, so dispose() can close it: otherwise idle connections keep a
    // script alive for the pool's idle timeout after it is done.
    pool = new pg.Pool({ connectionString: settings.connectionString, max: 2 })
    pool.on('error', () => {})
    readCharAsText(pool)
    factory = new ScriptSafePrismaPg(pool, settings.schema)
  }
  const datamodels = options.schemaFiles?.map((file): [string, string] => [file.path, file.content])
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels },
      (message: string) => logEngineMessage(message),
      bindMigrationAwareSqlAdapterFactory(factory),
    )
    return {
      engine,
      async dispose() {
        engine.free()
        await pool?.end()
      },
    }
  } catch (error) {
    await pool?.end()
    throw error
  }
}

export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  run: (handle: SchemaEngineHandle) => Promise<T>,
): Promise<T> {
  const handle = await createSchemaEngine(options)
  try {
    return await run(handle)
  } finally {
    await handle.dispose()
  }
}

// The engine reports progress as JSON log lines; they are noise unless debugging.
function logEngineMessage(message: string): void {
  if (process.env.DEBUG?.includes('schema-engine')) console.error('[schema-engine]', message)
}
