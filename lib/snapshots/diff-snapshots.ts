import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { diffSummary, wordDiff, type DiffPart, type DiffSummary } from '@/lib/text/word-diff'
import { parseInput } from '@/lib/validation'
import { ZSnapshotDiff } from './schemas'

export interface SnapshotDiff {
  from: number
  to: number
  parts: DiffPart[]
  summary: DiffSummary
}

// What changed in the source between two of its finished snapshots, word by word
// (the revision diff's engine: figures are whole tokens).
export async function diffSnapshots({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<SnapshotDiff> {
  const { workspaceId, sourceId, from, to } = parseInput(ZSnapshotDiff, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const snapshots = await db.sourceSnapshot.findMany({ where: { workspaceId, sourceId, number: { in: [from, to] } }, select: { number: true, status: true, text: true } })
  const textOf = (number: number) => {
    const snapshot = snapshots.find((candidate) => candidate.number === number)
    if (!snapshot) throw new AppError('NOT_FOUND', `Snapshot ${number} of this source not found.`)
    if (snapshot.status !== 'DONE') throw new AppError('INVALID_INPUT', `Snapshot ${number} has no text to compare: it is ${snapshot.status.toLowerCase()}.`)
    return snapshot.text ?? ''
  }
  const parts = wordDiff(textOf(from), textOf(to))
  return { from, to, parts, summary: diffSummary(parts) }
}
