import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { contentHash, toCanonicalText } from '@/lib/text/canonical-text'
import { parseInput } from '@/lib/validation'
import { ZCreateDocument } from './schemas'

// Creates the document and its first revision (the canonical text) in one transaction.
export async function createDocument({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, text, publishedAt, ...metadata } = parseInput(ZCreateDocument, input)
  const canonical = toCanonicalText(text)
  const hash = contentHash(canonical)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'document.create')
    const document = await tx.document.create({
      data: {
        ...metadata,
        workspaceId,
        publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
        contentHash: hash,
        createdById: actor.id,
        revisions: { create: { number: 1, text: canonical, contentHash: hash, createdById: actor.id } },
      },
    })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Document',
      subjectId: document.id,
      action: 'document.created',
      after: { title: document.title, contentHash: hash, characters: canonical.length },
    })
    return document
  })
}
