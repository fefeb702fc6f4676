import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import type { Tx } from '@/lib/db/client'
import type { Permission } from '@/lib/auth/roles'
import { AppError } from '@/lib/errors'

// A source of the workspace the actor may change, at the version the client last saw.
export async function getEditableSource(tx: Tx, actor: Actor, permission: Permission, { workspaceId, sourceId, version }: { workspaceId: string; sourceId: string; version?: number }) {
  await requireWorkspaceAccess(tx, actor, workspaceId, permission)
  const source = await tx.source.findFirst({ where: { id: sourceId, workspaceId } })
  if (!source) throw new AppError('NOT_FOUND', 'Source not found')
  if (version !== undefined && version !== source.version) throw staleSource(source.version)
  return source
}

// Updates a source only if nobody else did in between; bumps its version.
export async function updateSourceAtVersion(tx: Tx, source: { id: string; version: number }, data: Parameters<Tx['source']['update']>[0]['data']) {
  const { count } = await tx.source.updateMany({ where: { id: source.id, version: source.version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw staleSource(source.version + 1)
  return tx.source.findUniqueOrThrow({ where: { id: source.id } })
}

function staleSource(currentVersion: number): AppError {
  return new AppError('CONFLICT', 'Someone changed this source since you opened it. Reload to see their change.', [], { currentVersion: String(currentVersion) })
}
