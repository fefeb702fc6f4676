import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { diffSummary, wordDiff, type DiffPart, type DiffSummary } from '@/lib/text/word-diff'
import { parseInput } from '@/lib/validation'
import { ZRevisionRef } from './get-revision'

export interface RevisionDiff {
  number: number
  // Null for the first revision, which has nothing before it.
  previousNumber: number | null
  parts: DiffPart[]
  summary: DiffSummary
}

// What changed from the revision before to this one, word by word.
export async function diffRevisions({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<RevisionDiff> {
  const { workspaceId, documentId, number } = parseInput(ZRevisionRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const revisions = await db.documentRevision.findMany({
    where: { documentId, number: { in: [number - 1, number] }, document: { workspaceId, archivedAt: null } },
    select: { number: true, text: true },
  })
  const revision = revisions.find((candidate) => candidate.number === number)
  if (!revision) throw new AppError('NOT_FOUND', 'Revision not found')
  const previous = revisions.find((candidate) => candidate.number === number - 1)
  if (!previous) return { number, previousNumber: null, parts: [{ kind: 'same', text: revision.text }], summary: { added: 0, removed: 0 } }
  const parts = wordDiff(previous.text, revision.text)
  return { number, previousNumber: previous.number, parts, summary: diffSummary(parts) }
}
