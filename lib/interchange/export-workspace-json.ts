import 'server-only'
import type { Writable } from 'node:stream'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json-schema'
import { StreamWriter, writeArray } from './json-writer'

// Rows read per query: memory stays flat however large the workspace.
export const EXPORT_BATCH = 1_000
const REVISION_BATCH = 20
const TRANSACTION_OPTIONS = { timeout: 30 * 60_000, maxWait: 10_000, isolationLevel: 'RepeatableRead' as const }

const ZExportJson = z.object({ workspaceId: ZId, documentId: ZId.optional() })

const iso = (date: Date | null) => (date ? date.toISOString() : null)
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)

// The full JSON export (docs/export-json-schema.md) of a workspace, or of one document
// with what it cites. Checked before a byte is written, so a route can still answer
// with an error status; then written incrementally, batch by batch (id cursors), from
// one REPEATABLE READ snapshot. Editors and owners only: it holds everything.
export async function prepareWorkspaceJsonExport({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId } = parseInput(ZExportJson, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'claim.edit')
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } })
  if (documentId && !(await db.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'Document not found')
  const slug = workspace.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'workspace'
  return {
    filename: `claimtrack-${slug}${documentId ? `-${documentId}` : ''}.json`,
    write: (stream: Writable) => db.$transaction((tx) => writeExport(tx, workspaceId, documentId, new StreamWriter(stream)), TRANSACTION_OPTIONS),
  }
}

export async function exportWorkspaceJson(input: { actor: Actor } & Record<string, unknown>, stream: Writable): Promise<void> {
  await (await prepareWorkspaceJsonExport(input)).write(stream)
}

// Emails of the users rows name, looked up a batch at a time and remembered.
class UserDirectory {
  private emails = new Map<string, string>()
  constructor(private readonly tx: Tx) {}
  async load(ids: (string | null | undefined)[]) {
    const missing = [...new Set(ids.filter((id): id is string => !!id && !this.emails.has(id)))]
    if (missing.length === 0) return
    for (const user of await this.tx.user.findMany({ where: { id: { in: missing } }, select: { id: true, email: true } })) this.emails.set(user.id, user.email)
  }
  email(id: string | null | undefined): string | null {
    return id ? (this.emails.get(id) ?? null) : null
  }
}

async function* byId<Id, T extends { id: Id }>(read: (cursor: Id | undefined) => Promise<T[]>, size = EXPORT_BATCH): AsyncGenerator<T[]> {
  let cursor: Id | undefined
  for (;;) {
    const rows = await read(cursor)
    if (rows.length) yield rows
    if (rows.length < size) return
    cursor = rows[rows.length - 1]!.id
  }
}
const after = <Id>(cursor: Id | undefined): { cursor?: { id: Id }; skip?: number } => (cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 })

async function writeExport(tx: Tx, workspaceId: string, documentId: string | undefined, writer: StreamWriter) {
  const users = new UserDirectory(tx)
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { id: true, name: true, verifyMinRatings: true, verifyMinAgreement: true, verifyRequiresStrongEvidence: true } })
  const members = await tx.membership.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { role: true, user: { select: { email: true, name: true } } } })
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    scope: { documentId: documentId ?? null },
    workspace: { id: workspace.id, name: workspace.name, verifyMinRatings: workspace.verifyMinRatings, verifyMinAgreement: workspace.verifyMinAgreement.toString(), verifyRequiresStrongEvidence: workspace.verifyRequiresStrongEvidence },
    members: members.map((member) => ({ email: member.user.email, name: member.user.name, role: member.role })),
  }
  await writer.write(JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "documents": '))

  const documentWhere = { workspaceId, ...(documentId ? { id: documentId } : {}) }
  await writeArray(writer, documentsOf(tx, users, documentWhere, writer), '  ')

  const claimScope = documentId ? { claim: { documentId } } : {}
  await writer.write(',\n  "sources": ')
  await writeArray(
    writer,
    mapBatches(byId((cursor: string | undefined) => tx.source.findMany({ where: { workspaceId, ...(documentId ? { evidence: { some: { claim: { documentId } } } } : {}) }, orderBy: { id: 'asc' }, take: EXPORT_BATCH, ...after(cursor) })), users, (rows) => rows.map((row) => row.createdById), (source) => ({
      id: source.id, url: source.url, normalizedUrl: source.normalizedUrl, title: source.title, publisher: source.publisher, author: source.author, publishedAt: day(source.publishedAt), accessedAt: day(source.accessedAt), archiveUrl: source.archiveUrl, type: source.type, reliability: source.reliability, reliabilityNote: source.reliabilityNote, retractedAt: iso(source.retractedAt), retractionNote: source.retractionNote, createdBy: users.email(source.createdById), createdAt: iso(source.createdAt),
    })),
    '  ',
  )
  await writer.write(',\n  "evidence": ')
  await writeArray(
    writer,
    mapBatches(byId((cursor: string | undefined) => tx.evidence.findMany({ where: { workspaceId, ...claimScope }, orderBy: { id: 'asc' }, take: EXPORT_BATCH, ...after(cursor) })), users, (rows) => rows.map((row) => row.createdById), (evidence) => ({
      id: evidence.id, claimId: evidence.claimId, sourceId: evidence.sourceId, stance: evidence.stance, quote: evidence.quote, locator: evidence.locator, figure: evidence.figure, quantityPosition: evidence.quantityPosition, createdBy: users.email(evidence.createdById), createdAt: iso(evidence.createdAt), removedAt: iso(evidence.removedAt),
    })),
    '  ',
  )
  await writer.write(',\n  "ratings": ')
  await writeArray(
    writer,
    mapBatches(byId((cursor: string | undefined) => tx.rating.findMany({ where: { workspaceId, ...claimScope }, orderBy: { id: 'asc' }, take: EXPORT_BATCH, ...after(cursor) })), users, (rows) => rows.map((row) => row.userId), (rating) => ({
      id: rating.id, claimId: rating.claimId, reviewer: users.email(rating.userId), verdict: rating.verdict, confidence: rating.confidence, rationale: rating.rationale, createdAt: iso(rating.createdAt), supersededAt: iso(rating.supersededAt),
    })),
    '  ',
  )
  await writer.write(',\n  "activity": ')
  await writeArray(
    writer,
    mapBatches(byId((cursor: bigint | undefined) => tx.activityEvent.findMany({ where: { workspaceId, ...(documentId ? { documentId } : {}) }, orderBy: { id: 'asc' }, take: EXPORT_BATCH, ...after(cursor) })), users, (rows) => rows.map((row) => row.actorId), (event) => ({
      id: event.id.toString(), actor: users.email(event.actorId), subjectType: event.subjectType, subjectId: event.subjectId, documentId: event.documentId, claimId: event.claimId, action: event.action, before: event.before, after: event.after, at: iso(event.at),
    })),
    '  ',
  )
  await writer.write('\n}\n')
  await writer.flush()
}

async function* mapBatches<T, U>(batches: AsyncIterable<T[]>, users: UserDirectory, userIds: (rows: T[]) => (string | null)[], map: (row: T) => U): AsyncGenerator<U[]> {
  for await (const rows of batches) {
    await users.load(userIds(rows))
    yield rows.map(map)
  }
}

// Each document is written whole but streamed: its revisions, claims and comments are
// written by this generator directly, batch by batch; it yields nothing itself.
async function* documentsOf(tx: Tx, users: UserDirectory, where: { workspaceId: string; id?: string }, writer: StreamWriter): AsyncGenerator<never[]> {
  let isFirst = true
  for await (const documents of byId((cursor: string | undefined) => tx.document.findMany({ where, orderBy: { id: 'asc' }, take: 100, ...after(cursor) }), 100)) {
    await users.load(documents.map((document) => document.createdById))
    for (const document of documents) {
      const meta = { id: document.id, title: document.title, author: document.author, publisher: document.publisher, publishedAt: day(document.publishedAt), sourceUrl: document.sourceUrl, contentHash: document.contentHash, createdBy: users.email(document.createdById), createdAt: iso(document.createdAt), archivedAt: iso(document.archivedAt) }
      await writer.write(`${isFirst ? '' : ','}\n    ${JSON.stringify(meta).slice(0, -1)},\n      "revisions": `)
      isFirst = false
      const numbers = new Map((await tx.documentRevision.findMany({ where: { documentId: document.id }, select: { id: true, number: true } })).map((revision) => [revision.id, revision.number]))
      await writeArray(writer, revisionsOf(tx, users, document.id), '      ')
      await writer.write(',\n      "claims": ')
      await writeArray(writer, claimsOf(tx, users, document.id, numbers), '      ')
      await writer.write(',\n      "comments": ')
      await writeArray(writer, commentsOf(tx, users, document.id, numbers), '      ')
      await writer.write('\n    }')
    }
  }
  // the array's closing bracket: writeArray saw no items, so close the line here
  if (!isFirst) await writer.write('\n  ')
}

async function* revisionsOf(tx: Tx, users: UserDirectory, documentId: string) {
  let from = 0
  for (;;) {
    const revisions = await tx.documentRevision.findMany({ where: { documentId, number: { gt: from } }, orderBy: { number: 'asc' }, take: REVISION_BATCH })
    if (revisions.length === 0) return
    await users.load(revisions.map((revision) => revision.createdById))
    yield revisions.map((revision) => ({ id: revision.id, number: revision.number, text: revision.text, contentHash: revision.contentHash, blocks: revision.blocks, content: revision.content, source: revision.source, baseNumber: revision.baseNumber, createdBy: users.email(revision.createdById), createdAt: iso(revision.createdAt) }))
    from = revisions[revisions.length - 1]!.number
  }
}

async function* claimsOf(tx: Tx, users: UserDirectory, documentId: string, numbers: Map<string, number>) {
  for await (const claims of byId((cursor: string | undefined) =>
    tx.claim.findMany({
      where: { documentId },
      orderBy: { id: 'asc' },
      take: EXPORT_BATCH,
      ...after(cursor),
      include: { quantities: { orderBy: { position: 'asc' } }, pastAnchors: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
    }),
  )) {
    await users.load(claims.flatMap((claim) => [claim.createdById, claim.dismissedById, claim.verdictById, claim.assigneeId]))
    yield claims.map((claim) => ({
      id: claim.id, revisionNumber: numbers.get(claim.revisionId)!, start: claim.start, end: claim.end, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix,
      kind: claim.kind, checkworthiness: claim.checkworthiness.toString(), reasons: claim.reasons, derived: claim.derived, origin: claim.origin, status: claim.status,
      verdict: claim.verdict, verdictBy: users.email(claim.verdictById), verdictAt: iso(claim.verdictAt), overrideReason: claim.overrideReason, assignee: users.email(claim.assigneeId),
      createdBy: users.email(claim.createdById), createdAt: iso(claim.createdAt), dismissedAt: iso(claim.dismissedAt), dismissedBy: users.email(claim.dismissedById),
      supersededAt: iso(claim.supersededAt), orphanedAt: iso(claim.orphanedAt), textChangedAt: iso(claim.textChangedAt), previousQuote: claim.previousQuote,
      quantities: claim.quantities.map((quantity) => ({ position: quantity.position, start: quantity.start, end: quantity.end, text: quantity.text, value: quantity.value.toString(), valueMax: quantity.valueMax?.toString() ?? null, unit: quantity.unit, countedNoun: quantity.countedNoun, scale: quantity.scale, qualifier: quantity.qualifier, year: quantity.year, period: quantity.period, role: quantity.role })),
      pastAnchors: claim.pastAnchors.map((anchor) => ({ revisionNumber: numbers.get(anchor.revisionId)!, start: anchor.start, end: anchor.end, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, quantities: anchor.quantities, createdAt: iso(anchor.createdAt) })),
    }))
  }
}

async function* commentsOf(tx: Tx, users: UserDirectory, documentId: string, numbers: Map<string, number>) {
  for await (const comments of byId((cursor: string | undefined) => tx.comment.findMany({ where: { documentId }, orderBy: { id: 'asc' }, take: EXPORT_BATCH, ...after(cursor), include: { edits: { orderBy: [{ editedAt: 'asc' }, { id: 'asc' }] } } }))) {
    await users.load(comments.flatMap((comment) => [comment.authorId, comment.resolvedById, ...comment.mentionedUserIds, ...comment.edits.map((edit) => edit.editedById)]))
    yield comments.map((comment) => ({
      id: comment.id, claimId: comment.claimId, parentId: comment.parentId, author: users.email(comment.authorId), body: comment.body,
      revisionNumber: comment.revisionId ? numbers.get(comment.revisionId)! : null, start: comment.start, end: comment.end, quote: comment.quote, prefix: comment.prefix, suffix: comment.suffix,
      orphanedAt: iso(comment.orphanedAt), mentions: comment.mentionedUserIds.map((id) => users.email(id)).filter((email): email is string => !!email),
      resolvedAt: iso(comment.resolvedAt), resolvedBy: users.email(comment.resolvedById), editedAt: iso(comment.editedAt), deletedAt: iso(comment.deletedAt), createdAt: iso(comment.createdAt),
      edits: comment.edits.map((edit) => ({ body: edit.body, editedBy: users.email(edit.editedById), editedAt: iso(edit.editedAt) })),
    }))
  }
}
