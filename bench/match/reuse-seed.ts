// The million-claim library is written once and reused by later runs (see
// reusableDatabase): its key is a hash of everything that decides its rows — the
// generator, its vocabulary, the labelled checks, how they are loaded, the extraction
// engine that writes their quantities — and the number of claims. Change any of them
// and the next run seeds again. Migrations are applied to a reused library as to any
// database; one that changes how stored rows are derived (the search trigger) needs
// SEED_VERSION raised, or a run with BENCH_RESEED=1.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { MatchSeed } from './seed'

const SEED_VERSION = 1
const SEED_INPUTS = ['bench/match/seed.ts', 'bench/match/vocabulary.ts', 'tests/fixtures/checked-before/checked.jsonl', 'lib/checked-before/load-checked-claims.ts', 'lib/extract']

export function seedKey(claims: number): string {
  const hash = createHash('sha256').update(`v${SEED_VERSION} claims=${claims}\n`)
  for (const file of SEED_INPUTS.flatMap((input) => filesUnder(path.resolve(input)))) hash.update(`${path.relative(process.cwd(), file)}\n`).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

function filesUnder(at: string): string[] {
  try {
    return readdirSync(at, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => filesUnder(path.join(at, entry.name)))
  } catch {
    return [at]
  }
}

// The seed's description (ids, counts) kept beside its rows, for the runs that reuse it.
export async function saveSeed(databaseUrl: string, seed: MatchSeed): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('CREATE TABLE IF NOT EXISTS bench_match_seed (seed jsonb NOT NULL)')
    await client.query('TRUNCATE bench_match_seed')
    await client.query('INSERT INTO bench_match_seed (seed) VALUES ($1)', [JSON.stringify({ ...seed, checkIds: [...seed.checkIds] })])
  } finally {
    await client.end()
  }
}

export async function readSeed(databaseUrl: string): Promise<MatchSeed> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ seed: MatchSeed & { checkIds: [string, string][] } }>('SELECT seed FROM bench_match_seed')
    if (rows.length !== 1) throw new Error('The reused library has no description of its seed: run again with BENCH_RESEED=1')
    const seed = { ...rows[0]!.seed, checkIds: new Map(rows[0]!.seed.checkIds) }
    // Complete, as the seed left it: no claim lost or added since.
    const { rows: counts } = await client.query<{ claims: string }>(
      `SELECT count(*) AS claims FROM "Claim" WHERE "workspaceId" = $1 AND status = 'VERIFIED' AND verdict IS NOT NULL AND "supersededAt" IS NULL`,
      [seed.workspaceId],
    )
    if (Number(counts[0]!.claims) !== seed.claimCount) throw new Error(`The reused library holds ${counts[0]!.claims} claims, its seed wrote ${seed.claimCount}: run again with BENCH_RESEED=1`)
    return seed
  } finally {
    await client.end()
  }
}
