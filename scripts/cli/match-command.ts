import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { findEarlierChecks } from '@/lib/checked-before/find-earlier-checks'
import { loadCheckedClaims } from '@/lib/checked-before/load-checked-claims'
import { disconnectDb, getDb } from '@/lib/db/client'
import { extractQuantities } from '@/lib/extract'
import { openDatabase } from './open-database'

// Loads the checked claims into a scratch workspace of the real database, matches
// each query with the app's own matcher (lib/checked-before), prints the matches
// best first, and drops the workspace again.
const ZLine = z.object({ id: z.union([z.string().min(1), z.number()]).transform(String), text: z.string().trim().min(1).max(20_000), title: z.string().optional() })
const BATCH = 300

export interface MatchOptions {
  index: string
  queries: string
  top: number
  json?: boolean
}

export async function runMatch(options: MatchOptions): Promise<number> {
  const { top } = options
  const [checked, queries] = [await readLines(options.index), await readLines(options.queries)]
  const database = await openDatabase()
  const db = getDb()
  const user = await db.user.create({ data: { email: `match-${randomUUID()}@claimtrack.invalid`, name: 'claimtrack match' } })
  const workspace = await db.workspace.create({ data: { name: 'claimtrack match (scratch)', memberships: { create: { userId: user.id, role: 'OWNER' } } } })
  try {
    const idOf = new Map<string, string>()
    for (let i = 0; i < checked.length; i += 2000) {
      const loaded = await db.$transaction((tx) => loadCheckedClaims(tx, { workspaceId: workspace.id, userId: user.id, claims: checked.slice(i, i + 2000) }), { timeout: 120_000 })
      for (const [lineId, claimId] of loaded) idOf.set(claimId, lineId)
    }
    for (let i = 0; i < queries.length; i += BATCH) {
      const batch = queries.slice(i, i + BATCH).map((query) => ({ key: query.id, text: query.text, quantities: extractQuantities(query.text) }))
      const found = await db.$transaction((tx) => findEarlierChecks(tx, workspace.id, batch, { top }), { timeout: 120_000 })
      for (const query of batch) {
        const matches = (found.get(query.key) ?? []).map((check) => ({ id: idOf.get(check.id) ?? check.id, score: check.comparison.score }))
        console.log(options.json ? JSON.stringify({ query: query.key, matches }) : `${query.key}\t${matches.map((match) => `${match.id} ${match.score.toFixed(3)}`).join(', ') || '—'}`)
      }
    }
    return 0
  } finally {
    await db.workspace.delete({ where: { id: workspace.id } })
    await db.user.delete({ where: { id: user.id } })
    await disconnectDb()
    await database.stop()
  }
}

async function readLines(file: string): Promise<z.infer<typeof ZLine>[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${error.message}`)
  })
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return []
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      throw new Error(`${file}:${index + 1}: not JSON`)
    }
    const result = ZLine.safeParse(parsed)
    if (!result.success) throw new Error(`${file}:${index + 1}: ${result.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')}`)
    return [result.data]
  })
}
