import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZSourceId } from './schemas'

// One source of the workspace, with how often it is cited. A source of another
// workspace is not found, like one that does not exist.
export async function getSourceById({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, sourceId } = parseInput(ZSourceId, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId }, include: { _count: { select: { evidence: { where: { removedAt: null } } } } } })
  if (!source) throw new AppError('NOT_FOUND', 'Source not found')
  const { _count, ...fields } = source
  return { ...fields, evidenceCount: _count.evidence, isRetracted: source.retractedAt !== null }
}
