import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { checkUpload, storeUpload } from '@/lib/snapshots/create-snapshot'
import { dispatchSnapshot } from '@/lib/snapshots/snapshot-dispatch'
import { parseInput } from '@/lib/validation'
import { ZCreateSourceFromFile } from './schemas'

// A source that is only a file (a report sent by email, a PDF with no public link):
// the source and its first snapshot, the upload, are made together, so a refused file
// leaves no empty source behind. The same file uploaded again as a source (same
// SHA-256, no URL) returns the source it already is, as a link added twice does.
export async function createSourceFromFile({ actor, bytes, ...input }: { actor: Actor; bytes: Uint8Array } & Record<string, unknown>) {
  const { workspaceId, filename, contentType, title, ...fields } = parseInput(ZCreateSourceFromFile, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'claim.review')
  const upload = checkUpload({ filename, contentType, bytes })
  const created = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const same = await tx.sourceSnapshot.findFirst({ where: { workspaceId, origin: 'UPLOAD', sha256: upload.sha256, source: { url: null } }, select: { source: true }, orderBy: { createdAt: 'asc' } })
    if (same) return { source: same.source, isExisting: true, snapshotId: null }
    const source = await tx.source.create({ data: { ...fields, title: title ?? titleFromFilename(filename), url: null, normalizedUrl: null, workspaceId, createdById: actor.id } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Source', subjectId: source.id, action: 'source.created', after: { fileName: filename, title: source.title } })
    const snapshot = await storeUpload(tx, actor, { workspaceId, sourceId: source.id, upload }, { isFirst: true })
    return { source, isExisting: false, snapshotId: snapshot.id }
  })
  if (created.snapshotId) await dispatchSnapshot(created.snapshotId)
  return { source: created.source, isExisting: created.isExisting }
}

// "annual-report_2024.pdf" → "annual report 2024": what a reviewer would type.
export function titleFromFilename(filename: string): string {
  const stem = filename.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,8}$/, '')
  const spaced = stem.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim()
  return (spaced || filename).slice(0, 500)
}
