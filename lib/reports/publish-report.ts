import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { recordActivity } from '@/lib/activity/record-activity'
import { getDb } from '@/lib/db/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import { parseInput } from '@/lib/validation'
import { buildReport } from './build-report'
import { reportContentHash } from './report-hash'
import { ZPublishReport } from './schemas'

// Freezes a report: the model is built now and stored as a snapshot with its SHA-256,
// so the published version (and its share link) never changes as the claims move on.
// Editors and owners only. An input that builds no claims is a valid, empty report.
export async function publishReport({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, title } = parseInput(ZPublishReport, input)
  const db = getDb()
  // Checked before building: a reviewer gets FORBIDDEN, not the work of a whole report.
  await requireWorkspaceAccess(db, actor, workspaceId, 'report.publish')
  const model = await buildReport({ actor, workspaceId, documentIds: input.documentIds, options: input.options, title })
  const contentHash = reportContentHash(model)
  return db.$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'report.publish')
    const report = await tx.report.create({
      data: {
        workspaceId,
        title: model.title,
        documentIds: model.documents.map((document) => document.id),
        options: { ...model.options },
        snapshot: model as unknown as InputJsonValue,
        contentHash,
        createdById: actor.id,
      },
      select: { id: true, title: true, contentHash: true, createdAt: true, documentIds: true },
    })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Report',
      subjectId: report.id,
      action: 'report.published',
      after: { title: report.title, contentHash, documentIds: report.documentIds, claimCount: model.summary.claimCount },
    })
    return { ...report, snapshot: model }
  })
}
