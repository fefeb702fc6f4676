// One workspace holding a million verified claims with a verdict, as a newsroom's
// library of earlier checks grows to: 20,000 documents of 50 claims each (one
// revision, its text the claims' sentences, each claim anchored at its own offsets),
// sentences from bench/match/vocabulary.ts, their Quantity rows from the real
// extraction engine (extractQuantities, as an import stores them), and among them the
// labelled set's 649 checks (tests/fixtures/checked-before/checked.jsonl) written by
// loadCheckedClaims, so that the quality can be measured at this size too.
// Written set-based: one INSERT … SELECT FROM unnest(…) per table and batch. The
// search triggers stay on, so every searchVector is the one the migration's trigger
// computes; the GIN indexes on claims and revisions are dropped for the load and built
// again from their own definitions, as a bulk load does.
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { getDb } from '@/lib/db/client'
import { extractQuantities } from '@/lib/extract'
import { loadCheckedClaims, type CheckedClaimLine } from '@/lib/checked-before/load-checked-claims'
import { makeSentence, makeTitle, seededRandom } from './vocabulary'

export const CLAIMS_PER_DOCUMENT = 50
const DOCUMENTS_PER_BATCH = 200
const VERDICTS = ['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE']

const COLUMNS = {
  Document: { id: 'text', workspaceId: 'text', title: 'text', contentHash: 'text', createdById: 'text', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)' },
  DocumentRevision: { id: 'text', documentId: 'text', number: 'int', text: 'text', contentHash: 'text', source: 'text', createdById: 'text', createdAt: 'timestamp(3)' },
  Claim: {
    id: 'text', workspaceId: 'text', documentId: 'text', revisionId: 'text', start: 'int', end: 'int', quote: 'text', prefix: 'text', suffix: 'text', kind: '"ClaimKind"',
    checkworthiness: 'numeric', reasons: 'jsonb', status: '"ClaimStatus"', verdict: '"Verdict"', verdictById: 'text', verdictAt: 'timestamp(3)', createdById: 'text',
    createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)',
  },
  Quantity: { id: 'text', claimId: 'text', position: 'int', start: 'int', end: 'int', text: 'text', value: 'numeric', valueMax: 'numeric', unit: 'text', countedNoun: 'text', scale: 'text', qualifier: '"Qualifier"', year: 'int', period: 'jsonb', role: 'text' },
} satisfies Record<string, Record<string, string>>
type Table = keyof typeof COLUMNS
type Row = Record<string, unknown>

// GIN indexes rebuilt after the load (a GIN index maintained row by row costs several
// times its build).
const REBUILT_INDEXES = ['Claim_searchVector_idx', 'Claim_quote_idx', 'DocumentRevision_searchVector_idx']

export interface MatchSeed {
  workspaceId: string
  userId: string
  claimCount: number
  documentCount: number
  withFigures: number
  quantityCount: number
  // Claim id of each labelled check (checked.jsonl line id → claim id).
  checkIds: Map<string, string>
  seconds: { generateAndInsert: number; labelled: number; indexes: number }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const asText = (value: unknown): string | null => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value))

async function insertRows(client: pg.Client, table: Table, rows: readonly Row[]): Promise<void> {
  if (!rows.length) return
  const columns: Record<string, string> = COLUMNS[table]
  const names = Object.keys(columns)
  const statement = `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')})
    SELECT ${names.map((name, index) => `c${index}::${columns[name]}`).join(', ')}
    FROM unnest(${names.map((_, index) => `$${index + 1}::text[]`).join(', ')}) AS u(${names.map((_, index) => `c${index}`).join(', ')})`
  await client.query(statement, names.map((name) => rows.map((row) => asText(row[name]))))
}

export function readCheckedLines(): CheckedClaimLine[] {
  return readFileSync(path.resolve('tests/fixtures/checked-before/checked.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CheckedClaimLine)
}

export async function seedMatchLibrary(databaseUrl: string, claims: number, progress: (line: string) => void): Promise<MatchSeed> {
  const db = getDb()
  const user = await db.user.create({ data: { email: 'owner@bench.test', name: 'Bench Owner' } })
  const workspace = await db.workspace.create({ data: { name: 'Newsroom (1M checks)', memberships: { create: { userId: user.id, role: 'OWNER' } } } })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const seconds = { generateAndInsert: 0, labelled: 0, indexes: 0 }
  try {
    await client.query(`SET maintenance_work_mem = '512MB'`)
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY($1)`,
      [REBUILT_INDEXES],
    )
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`)

    let started = performance.now()
    const random = seededRandom(20_261_207)
    const documents = Math.ceil(claims / CLAIMS_PER_DOCUMENT)
    let written = 0
    let withFigures = 0
    let pending: Promise<void> = Promise.resolve()
    for (let firstDocument = 0; firstDocument < documents; firstDocument += DOCUMENTS_PER_BATCH) {
      const batch: Record<Table, Row[]> = { Document: [], DocumentRevision: [], Claim: [], Quantity: [] }
      for (let doc = firstDocument; doc < Math.min(documents, firstDocument + DOCUMENTS_PER_BATCH); doc++) {
        // Two years of work, oldest first.
        const day = new Date(Date.UTC(2024, 0, 1) + (doc / documents) * 730 * 86_400_000)
        const [documentId, revisionId] = [randomUUID(), randomUUID()]
        const sentences = Array.from({ length: Math.min(CLAIMS_PER_DOCUMENT, claims - doc * CLAIMS_PER_DOCUMENT) }, () => makeSentence(random))
        const text = sentences.join(' ')
        const hash = sha256(text)
        batch.Document.push({ id: documentId, workspaceId: workspace.id, title: makeTitle(random), contentHash: hash, createdById: user.id, createdAt: day, updatedAt: day })
        batch.DocumentRevision.push({ id: revisionId, documentId, number: 1, text, contentHash: hash, source: 'paste', createdById: user.id, createdAt: day })
        let at = 0
        for (const [index, quote] of sentences.entries()) {
          const claimId = randomUUID()
          const found = extractQuantities(quote)
          batch.Claim.push({
            id: claimId, workspaceId: workspace.id, documentId, revisionId, start: at, end: at + quote.length, quote,
            prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + quote.length, at + quote.length + 32),
            kind: found.length ? 'STATISTIC' : 'FACTUAL', checkworthiness: found.length ? '0.800' : '0.500', reasons: [],
            status: 'VERIFIED', verdict: VERDICTS[Math.floor(random() * random() * VERDICTS.length)]!, verdictById: user.id, verdictAt: day, createdById: user.id, createdAt: day, updatedAt: day,
          })
          if (found.length) withFigures += 1
          found.forEach((quantity, position) =>
            batch.Quantity.push({
              id: randomUUID(), claimId, position, start: at + quantity.start, end: at + quantity.end, text: quantity.text, value: quantity.value, valueMax: quantity.valueMax ?? null,
              unit: quantity.unit, countedNoun: quantity.countedNoun ?? null, scale: quantity.scale ?? null, qualifier: quantity.qualifier ?? null, year: quantity.year ?? null,
              period: quantity.period ?? null, role: quantity.role ?? null,
            }),
          )
          at += quote.length + (index < sentences.length - 1 ? 1 : 0)
        }
        written += sentences.length
      }
      // Generate the next batch while the server writes this one.
      await pending
      pending = (async () => {
        for (const table of ['Document', 'DocumentRevision', 'Claim', 'Quantity'] as const) await insertRows(client, table, batch[table])
      })()
      if (Math.floor(written / 100_000) !== Math.floor((written - batch.Claim.length) / 100_000)) {
        progress(`  ${written.toLocaleString('en')} of ${claims.toLocaleString('en')} claims (${((performance.now() - started) / 1000).toFixed(0)} s)`)
      }
    }
    await pending
    seconds.generateAndInsert = (performance.now() - started) / 1000

    started = performance.now()
    const checkIds = await db.$transaction((tx) => loadCheckedClaims(tx, { workspaceId: workspace.id, userId: user.id, claims: readCheckedLines() }), { timeout: 300_000 })
    seconds.labelled = (performance.now() - started) / 1000

    started = performance.now()
    for (const index of indexes) {
      const at = performance.now()
      await client.query(index.definition)
      progress(`  rebuilt ${index.name} in ${((performance.now() - at) / 1000).toFixed(0)} s`)
    }
    seconds.indexes = (performance.now() - started) / 1000
    const [counts] = (
      await client.query<{ claims: string; vectors: string; quantities: string; labelled: string }>(
        `SELECT count(*) AS claims, count("searchVector") AS vectors, (SELECT count(*) FROM "Quantity") AS quantities,
           count(*) FILTER (WHERE id = ANY($2)) AS labelled
         FROM "Claim" WHERE "workspaceId" = $1 AND status = 'VERIFIED' AND verdict IS NOT NULL AND "supersededAt" IS NULL`,
        [workspace.id, [...checkIds.values()]],
      )
    ).rows
    if (Number(counts!.vectors) !== Number(counts!.claims)) throw new Error(`${counts!.claims} claims but ${counts!.vectors} search vectors: the search trigger did not run`)
    progress(`  in the workspace: ${Number(counts!.claims).toLocaleString('en')} verified claims with a verdict (all with a searchVector from the trigger), ${Number(counts!.quantities).toLocaleString('en')} quantities, ${counts!.labelled} labelled checks`)
    return {
      workspaceId: workspace.id,
      userId: user.id,
      claimCount: Number(counts!.claims),
      documentCount: documents + checkIds.size,
      withFigures,
      quantityCount: Number(counts!.quantities),
      checkIds,
      seconds,
    }
  } finally {
    await client.end()
  }
}
