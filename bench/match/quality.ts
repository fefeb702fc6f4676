// How well "checked before" recognises earlier checks, on the labelled set in
// tests/fixtures/checked-before: claims restated in a new article (each with its true
// earlier check) and near misses (same topic, different figure, year, subject…) that
// must not be offered. The library is loaded into a scratch workspace and matched with
// the app's own matcher, as `claimtrack match` does.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findEarlierChecks, type ClaimToMatch } from '@/lib/checked-before/find-earlier-checks'
import { loadCheckedClaims } from '@/lib/checked-before/load-checked-claims'
import { getDb } from '@/lib/db/client'
import { extractQuantities } from '@/lib/extract'

const FIXTURES = path.resolve('tests/fixtures/checked-before')

interface Query {
  id: string
  text: string
  relevant?: string[]
  nearMissOf?: string
  differs?: string
  variation?: string
}

export interface MatchQuality {
  queries: number
  nearMisses: number
  // Of the restated claims, the share whose true earlier check is offered (any rank).
  recall: number
  // Of all offers made (top 1 per claim, as the claim panel leads with it), the share
  // that are a true earlier check.
  precision: number
  // Offers to near misses: the worst error, counted apart, with their kinds.
  nearMissesOffered: number
  nearMissesOfferedByKind: Record<string, number>
  // Restated claims offered a wrong check first.
  wrongFirstOffers: number
  // Mean average precision of the ranked matches, cut at 5.
  map5: number
  recallByVariation: Record<string, { found: number; of: number }>
  failures: { id: string; text: string; expected: string[]; got: string[] }[]
}

const readJsonl = (file: string): Query[] =>
  readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Query)

type Half = 'odd' | 'even'
const inHalf = (only?: Half) => (query: Query) => !only || Number(query.id.replace(/\D/g, '')) % 2 === (only === 'odd' ? 1 : 0)

// `only`: 'odd' or 'even' numbered queries, to report a half not looked at while tuning.
export async function measureMatchQuality({ only }: { only?: Half } = {}): Promise<MatchQuality> {
  const half = inHalf(only)
  const library = readJsonl('checked.jsonl')
  const queries = readJsonl('queries.jsonl').filter(half)
  const nearMisses = readJsonl('near-misses.jsonl').filter(half)
  const db = getDb()
  const user = await db.user.create({ data: { email: `quality-${randomUUID()}@claimtrack.invalid` } })
  const workspace = await db.workspace.create({ data: { name: 'match quality (scratch)', memberships: { create: { userId: user.id, role: 'OWNER' } } } })
  try {
    const idOf = new Map<string, string>()
    const loaded = await db.$transaction((tx) => loadCheckedClaims(tx, { workspaceId: workspace.id, userId: user.id, claims: library }), { timeout: 120_000 })
    for (const [lineId, claimId] of loaded) idOf.set(claimId, lineId)
    const toMatch: ClaimToMatch[] = [...queries, ...nearMisses].map((query) => ({ key: query.id, text: query.text, quantities: extractQuantities(query.text) }))
    const found = await db.$transaction((tx) => findEarlierChecks(tx, workspace.id, toMatch, { top: 10 }), { timeout: 120_000 })
    const ranked = (id: string) => (found.get(id) ?? []).map((check) => idOf.get(check.id)!)
    return score(queries, nearMisses, ranked)
  } finally {
    await db.workspace.delete({ where: { id: workspace.id } })
    await db.user.delete({ where: { id: user.id } })
  }
}

// The same measure against a library already in a workspace (a million claims, say),
// whose labelled checks were loaded as `checkIds` (checked.jsonl id → claim id): every
// query and near miss matched once, in batches of `batch`, and scored for the whole
// set and each half (a claim's matches do not depend on the others in its batch).
// `parallel` batches at a time: this is not timed, and the server has the cores.
// `every`: when matching is slow, a sample: of the queries and of the near misses (each
// in id order), every `every`th consecutive pair, so that both halves keep their share.
export async function measureMatchQualityIn(
  workspaceId: string,
  checkIds: ReadonlyMap<string, string>,
  { batch = 100, parallel = 2, every = 1 } = {},
): Promise<{ all: MatchQuality; odd: MatchQuality; even: MatchQuality; seconds: number }> {
  const lineOf = new Map([...checkIds].map(([lineId, claimId]) => [claimId, lineId]))
  const sampled = (lines: Query[]) => [...lines].sort((a, b) => a.id.localeCompare(b.id)).filter((_, index) => Math.floor(index / 2) % every === 0)
  const queries = sampled(readJsonl('queries.jsonl'))
  const nearMisses = sampled(readJsonl('near-misses.jsonl'))
  const toMatch: ClaimToMatch[] = [...queries, ...nearMisses].map((query) => ({ key: query.id, text: query.text, quantities: extractQuantities(query.text) }))
  const found = new Map<string, string[]>()
  const started = performance.now()
  let next = 0
  const worker = async () => {
    for (let at = (next += batch) - batch; at < toMatch.length; at = (next += batch) - batch) {
      const matched = await getDb().$transaction((tx) => findEarlierChecks(tx, workspaceId, toMatch.slice(at, at + batch), { top: 10 }), { timeout: 1_800_000 })
      // A match that is not a labelled check is one of the generated claims: a wrong offer.
      for (const [key, checks] of matched) found.set(key, checks.map((check) => lineOf.get(check.id) ?? `generated:${check.id}`))
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  const seconds = (performance.now() - started) / 1000
  const ranked = (id: string) => found.get(id) ?? []
  const scored = (only?: Half) => score(queries.filter(inHalf(only)), nearMisses.filter(inHalf(only)), ranked)
  return { all: scored(), odd: scored('odd'), even: scored('even'), seconds }
}

function score(queries: Query[], nearMisses: Query[], ranked: (id: string) => string[]): MatchQuality {
  let found = 0
  let rightFirst = 0
  let offers = 0
  let wrongFirstOffers = 0
  let averagePrecisions = 0
  const recallByVariation: MatchQuality['recallByVariation'] = {}
  const failures: MatchQuality['failures'] = []
  for (const query of queries) {
    const relevant = new Set(query.relevant ?? [])
    const matches = ranked(query.id)
    const isFound = matches.some((id) => relevant.has(id))
    const variation = (recallByVariation[query.variation ?? 'other'] ??= { found: 0, of: 0 })
    variation.of += 1
    if (isFound) variation.found += 1
    found += isFound ? 1 : 0
    if (matches.length) {
      offers += 1
      if (relevant.has(matches[0]!)) rightFirst += 1
      else wrongFirstOffers += 1
    }
    if (!isFound || !relevant.has(matches[0]!)) failures.push({ id: query.id, text: query.text, expected: [...relevant], got: matches.slice(0, 3) })
    let hits = 0
    let precisionSum = 0
    matches.slice(0, 5).forEach((id, index) => {
      if (relevant.has(id)) precisionSum += ++hits / (index + 1)
    })
    averagePrecisions += relevant.size ? precisionSum / Math.min(relevant.size, 5) : 0
  }
  const nearMissesOfferedByKind: Record<string, number> = {}
  let nearMissesOffered = 0
  for (const nearMiss of nearMisses) {
    const matches = ranked(nearMiss.id)
    if (!matches.length) continue
    offers += 1
    nearMissesOffered += 1
    nearMissesOfferedByKind[nearMiss.differs ?? 'other'] = (nearMissesOfferedByKind[nearMiss.differs ?? 'other'] ?? 0) + 1
    failures.push({ id: nearMiss.id, text: nearMiss.text, expected: [], got: matches.slice(0, 3) })
  }
  return {
    queries: queries.length,
    nearMisses: nearMisses.length,
    recall: found / queries.length,
    precision: offers ? rightFirst / offers : 1,
    nearMissesOffered,
    nearMissesOfferedByKind,
    wrongFirstOffers,
    map5: averagePrecisions / queries.length,
    recallByVariation,
    failures,
  }
}
