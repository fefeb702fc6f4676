import 'server-only'
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { z } from 'zod'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { AppError } from '@/lib/errors'
import { normalizeSourceUrl } from '@/lib/sources/normalize-url'
import { parseInput, ZId } from '@/lib/validation'
import { issuesError, MAX_REPORTED_ISSUES, parseOrThrow } from './issues'
import { MAX_IMPORT_BYTES, ZExportFile, type ExportFile } from './export-json-schema'

// Where the export comes from: a file, a stream (with the size it declares, when
// known: an upload's content-length), or text already read.
export type ImportSource = { path: string } | { stream: AsyncIterable<Uint8Array | string>; declaredSize?: number } | { text: string }

const ZImportRef = z.object({ workspaceId: ZId })
const WRITE_BATCH = 1_000
const TRANSACTION_OPTIONS = { timeout: 30 * 60_000, maxWait: 10_000 }

export interface ImportSummary {
  documents: number
  revisions: number
  claims: number
  comments: number
  sources: number
  evidence: number
  ratings: number
  activity: number
  // Members of the export with an account here, added to the workspace with their role.
  membersAdded: string[]
  // Emails with no account here: what they wrote is attributed to the importing owner.
  mappedToImporter: string[]
}

// Restores a full JSON export (docs/export-json-schema.md) into an empty workspace of
// which the actor is an owner. Everything is checked first — the schema, then that
// every reference resolves and no id repeats — and refused with the JSON path of each
// problem (up to 50); then written in one transaction with new ids, or not at all.
export async function importWorkspaceJson({ actor, source, ...input }: { actor: Actor; source: ImportSource } & Record<string, unknown>): Promise<ImportSummary> {
  const { workspaceId } = parseInput(ZImportRef, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.manageMembers')
  const text = await readSource(source)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new AppError('INVALID_INPUT', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const file = parseOrThrow(ZExportFile, json, 'The export file is not valid')
  const issues = checkReferences(file)
  if (issues.length) throw issuesError('The export file is not consistent', issues)
  const users = await resolveUsers(file, actor)
  return getDb().$transaction((tx) => writeImport(tx, actor, workspaceId, file, users), TRANSACTION_OPTIONS)
}

async function readSource(source: ImportSource): Promise<string> {
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: export fewer documents at a time`)
  if ('text' in source) {
    if (Buffer.byteLength(source.text) > MAX_IMPORT_BYTES) throw tooLarge()
    return source.text
  }
  let stream: AsyncIterable<Uint8Array | string>
  if ('path' in source) {
    const info = await stat(source.path).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('NOT_FOUND', error.code === 'ENOENT' ? `${source.path}: no such file` : `${source.path}: ${error.message}`)
    })
    if (info.size > MAX_IMPORT_BYTES) throw tooLarge()
    stream = createReadStream(source.path)
  } else {
    if ((source.declaredSize ?? 0) > MAX_IMPORT_BYTES) throw tooLarge()
    stream = source.stream
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    size += bytes.length
    if (size > MAX_IMPORT_BYTES) {
      if ('destroy' in stream && typeof stream.destroy === 'function') (stream as { destroy: () => void }).destroy()
      throw tooLarge()
    }
    chunks.push(Buffer.from(bytes))
  }
  return Buffer.concat(chunks).toString('utf8')
}

type Issue = { path: (string | number)[]; message: string }

// Every reference resolves inside the file, and no id is used twice (ids are unique
// across kinds, so that ids inside the activity log's before/after can be rewritten).
export function checkReferences(file: ExportFile): Issue[] {
  const issues: Issue[] = []
  const add = (path: (string | number)[], message: string) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ path, message })
  }
  const seen = new Map<string, string>()
  const claim = (id: string, path: (string | number)[]) => {
    const earlier = seen.get(id)
    if (earlier) add([...path, 'id'], `repeats the id of ${earlier}`)
    else seen.set(id, path.join('.'))
  }
  const emails = new Set<string>()
  file.members.forEach((member, index) => {
    if (emails.has(member.email)) add(['members', index, 'email'], `${member.email} is listed twice`)
    emails.add(member.email)
  })
  const claimIds = new Set<string>()
  file.documents.forEach((document, d) => {
    const path = ['documents', d]
    claim(document.id, path)
    const numbers = new Set<number>()
    document.revisions.forEach((revision, r) => {
      claim(revision.id, [...path, 'revisions', r])
      if (numbers.has(revision.number)) add([...path, 'revisions', r, 'number'], `revision ${revision.number} is listed twice`)
      numbers.add(revision.number)
    })
    document.revisions.forEach((revision, r) => {
      if (revision.baseNumber !== null && !numbers.has(revision.baseNumber)) add([...path, 'revisions', r, 'baseNumber'], `names revision ${revision.baseNumber}, which the document does not have`)
    })
    const textOf = new Map(document.revisions.map((revision) => [revision.number, revision.text]))
    const ownClaims = new Set<string>()
    document.claims.forEach((item, c) => {
      const at = [...path, 'claims', c]
      claim(item.id, at)
      ownClaims.add(item.id)
      claimIds.add(item.id)
      const text = textOf.get(item.revisionNumber)
      if (text === undefined) add([...at, 'revisionNumber'], `names revision ${item.revisionNumber}, which the document does not have`)
      else if (item.end < item.start || item.end > text.length) add([...at, 'end'], `is outside the text of revision ${item.revisionNumber} or before start`)
      const positions = new Set<number>()
      item.quantities.forEach((quantity, q) => {
        if (positions.has(quantity.position)) add([...at, 'quantities', q, 'position'], `position ${quantity.position} is listed twice`)
        positions.add(quantity.position)
      })
      item.pastAnchors.forEach((anchor, a) => {
        if (!numbers.has(anchor.revisionNumber)) add([...at, 'pastAnchors', a, 'revisionNumber'], `names revision ${anchor.revisionNumber}, which the document does not have`)
      })
    })
    const ownComments = new Map(document.comments.map((comment) => [comment.id, comment]))
    document.comments.forEach((comment, c) => {
      const at = [...path, 'comments', c]
      claim(comment.id, at)
      if (comment.claimId !== null && !ownClaims.has(comment.claimId)) add([...at, 'claimId'], `names claim ${comment.claimId}, which is not a claim of this document`)
      if (comment.parentId !== null && (!ownComments.has(comment.parentId) || comment.parentId === comment.id)) add([...at, 'parentId'], `names comment ${comment.parentId}, which is not another comment of this document`)
      if (comment.revisionNumber !== null && !numbers.has(comment.revisionNumber)) add([...at, 'revisionNumber'], `names revision ${comment.revisionNumber}, which the document does not have`)
      // a reply's parent chain must end: no cycles
      const chain = new Set<string>([comment.id])
      for (let parent = comment.parentId; parent !== null; parent = ownComments.get(parent)?.parentId ?? null) {
        if (chain.has(parent)) {
          add([...at, 'parentId'], 'makes a cycle of replies')
          break
        }
        chain.add(parent)
      }
    })
  })
  const sourceIds = new Set<string>()
  const urls = new Set<string>()
  file.sources.forEach((source, s) => {
    claim(source.id, ['sources', s])
    sourceIds.add(source.id)
    // the dedupe key is recomputed, never trusted from the file
    // File-only sources have no link to be duplicates by.
    if (!source.url) return
    const key = normalizeSourceUrl(source.url)
    if (urls.has(key)) add(['sources', s, 'url'], `${key} is listed twice`)
    urls.add(key)
  })
  file.evidence.forEach((evidence, e) => {
    claim(evidence.id, ['evidence', e])
    if (!claimIds.has(evidence.claimId)) add(['evidence', e, 'claimId'], `names claim ${evidence.claimId}, which is not in the file`)
    if (!sourceIds.has(evidence.sourceId)) add(['evidence', e, 'sourceId'], `names source ${evidence.sourceId}, which is not in the file`)
  })
  file.ratings.forEach((rating, r) => {
    claim(rating.id, ['ratings', r])
    if (!claimIds.has(rating.claimId)) add(['ratings', r, 'claimId'], `names claim ${rating.claimId}, which is not in the file`)
  })
  const eventIds = new Set<string>()
  file.activity.forEach((event, a) => {
    if (eventIds.has(event.id)) add(['activity', a, 'id'], `event ${event.id} is listed twice`)
    eventIds.add(event.id)
  })
  return issues
}

// Users are named by email: an account here with that email is that user; an email
// with no account is attributed to the importing owner (and reported).
async function resolveUsers(file: ExportFile, actor: Actor) {
  const emails = new Set<string>(file.members.map((member) => member.email))
  const note = (email: string | null) => email && emails.add(email)
  for (const document of file.documents) {
    note(document.createdBy)
    for (const revision of document.revisions) note(revision.createdBy)
    for (const claim of document.claims) [claim.verdictBy, claim.assignee, claim.createdBy, claim.dismissedBy].forEach(note)
    for (const comment of document.comments) {
      ;[comment.author, comment.resolvedBy, ...comment.mentions, ...comment.edits.map((edit) => edit.editedBy)].forEach(note)
    }
  }
  for (const source of file.sources) note(source.createdBy)
  for (const evidence of file.evidence) note(evidence.createdBy)
  for (const rating of file.ratings) note(rating.reviewer)
  for (const event of file.activity) note(event.actor)
  const found = await getDb().user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true } })
  const ids = new Map(found.map((user) => [user.email, user.id]))
  const missing = [...emails].filter((email) => !ids.has(email)).sort()
  return {
    id: (email: string) => ids.get(email) ?? actor.id,
    idOrNull: (email: string | null) => (email === null ? null : (ids.get(email) ?? actor.id)),
    existing: ids,
    missing,
  }
}

type Users = Awaited<ReturnType<typeof resolveUsers>>

const date = (value: string | null) => (value === null ? null : new Date(value))
const json = (value: unknown) => (value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue))

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let at = 0; at < rows.length; at += WRITE_BATCH) await write(rows.slice(at, at + WRITE_BATCH))
}

async function writeImport(tx: Tx, actor: Actor, workspaceId: string, file: ExportFile, users: Users): Promise<ImportSummary> {
  await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`
  const [documents, sources] = await Promise.all([tx.document.count({ where: { workspaceId } }), tx.source.count({ where: { workspaceId } })])
  if (documents > 0 || sources > 0) throw new AppError('CONFLICT', `The workspace is not empty (${documents} documents, ${sources} sources): import into a new, empty workspace`)

  // New ids keep the file's order (the export's id order): one random prefix, then a
  // counter, so a re-export lists everything in the same order.
  const prefix = `i${randomBytes(6).toString('hex')}`
  let counter = 0
  const ids = new Map<string, string>()
  const newId = (old: string) => {
    const id = `${prefix}${(counter++).toString(36).padStart(7, '0')}`
    ids.set(old, id)
    return id
  }
  const ref = (old: string) => ids.get(old)!

  const { workspace } = file
  await tx.workspace.update({ where: { id: workspaceId }, data: { name: workspace.name, verifyMinRatings: workspace.verifyMinRatings, verifyMinAgreement: workspace.verifyMinAgreement, verifyRequiresStrongEvidence: workspace.verifyRequiresStrongEvidence } })
  const current = new Set((await tx.membership.findMany({ where: { workspaceId }, select: { userId: true } })).map((membership) => membership.userId))
  const membersAdded: string[] = []
  for (const member of file.members) {
    const userId = users.existing.get(member.email)
    if (!userId || current.has(userId)) continue
    await tx.membership.create({ data: { workspaceId, userId, role: member.role } })
    current.add(userId)
    membersAdded.push(member.email)
  }

  const revisionIds = new Map<string, string>() // `${documentId}:${number}` (new document id)
  const documentRows: Prisma.DocumentCreateManyInput[] = []
  const revisionRows: Prisma.DocumentRevisionCreateManyInput[] = []
  for (const document of file.documents) {
    const id = newId(document.id)
    documentRows.push({ id, workspaceId, title: document.title, author: document.author, publisher: document.publisher, publishedAt: date(document.publishedAt), sourceUrl: document.sourceUrl, contentHash: document.contentHash, createdById: users.idOrNull(document.createdBy) ?? actor.id, createdAt: date(document.createdAt)!, archivedAt: date(document.archivedAt) })
    for (const revision of document.revisions) {
      const revisionId = newId(revision.id)
      revisionIds.set(`${id}:${revision.number}`, revisionId)
      revisionRows.push({ id: revisionId, documentId: id, number: revision.number, text: revision.text, contentHash: revision.contentHash, blocks: json(revision.blocks), content: json(revision.content), source: revision.source, baseNumber: revision.baseNumber, createdById: users.idOrNull(revision.createdBy) ?? actor.id, createdAt: date(revision.createdAt)! })
    }
  }
  await inBatches(documentRows, (data) => tx.document.createMany({ data }))
  for (let at = 0; at < revisionRows.length; at += 50) await tx.documentRevision.createMany({ data: revisionRows.slice(at, at + 50) })

  const claimRows: Prisma.ClaimCreateManyInput[] = []
  const quantityRows: Prisma.QuantityCreateManyInput[] = []
  const anchorRows: Prisma.ClaimAnchorCreateManyInput[] = []
  for (const document of file.documents) {
    const documentId = ref(document.id)
    for (const claim of document.claims) {
      const id = newId(claim.id)
      claimRows.push({
        id, workspaceId, documentId, revisionId: revisionIds.get(`${documentId}:${claim.revisionNumber}`)!, start: claim.start, end: claim.end, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix,
        kind: claim.kind, checkworthiness: claim.checkworthiness, reasons: (claim.reasons ?? Prisma.JsonNull) as Prisma.InputJsonValue, derived: json(claim.derived), origin: claim.origin, status: claim.status,
        createdById: users.idOrNull(claim.createdBy), createdAt: date(claim.createdAt)!, dismissedAt: date(claim.dismissedAt), dismissedById: users.idOrNull(claim.dismissedBy), supersededAt: date(claim.supersededAt), orphanedAt: date(claim.orphanedAt),
        verdict: claim.verdict, verdictById: users.idOrNull(claim.verdictBy), verdictAt: date(claim.verdictAt), overrideReason: claim.overrideReason, assigneeId: users.idOrNull(claim.assignee), textChangedAt: date(claim.textChangedAt), previousQuote: claim.previousQuote,
      })
      for (const quantity of claim.quantities) quantityRows.push({ ...quantity, claimId: id, period: json(quantity.period) })
      for (const anchor of claim.pastAnchors) anchorRows.push({ claimId: id, revisionId: revisionIds.get(`${documentId}:${anchor.revisionNumber}`)!, start: anchor.start, end: anchor.end, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, quantities: (anchor.quantities ?? Prisma.JsonNull) as Prisma.InputJsonValue, createdAt: date(anchor.createdAt)! })
    }
  }
  await inBatches(claimRows, (data) => tx.claim.createMany({ data }))
  await inBatches(quantityRows, (data) => tx.quantity.createMany({ data }))
  await inBatches(anchorRows, (data) => tx.claimAnchor.createMany({ data }))

  const sourceRows = file.sources.map(({ createdBy, ...source }): Prisma.SourceCreateManyInput => ({
    ...source, id: newId(source.id), workspaceId, normalizedUrl: source.url ? normalizeSourceUrl(source.url) : null, publishedAt: date(source.publishedAt), accessedAt: date(source.accessedAt), retractedAt: date(source.retractedAt), createdById: users.idOrNull(createdBy) ?? actor.id, createdAt: date(source.createdAt)!,
  }))
  await inBatches(sourceRows, (data) => tx.source.createMany({ data }))
  const evidenceRows = file.evidence.map((evidence): Prisma.EvidenceCreateManyInput => ({ id: newId(evidence.id), workspaceId, claimId: ref(evidence.claimId), sourceId: ref(evidence.sourceId), stance: evidence.stance, quote: evidence.quote, locator: evidence.locator, figure: evidence.figure, quantityPosition: evidence.quantityPosition, createdById: users.idOrNull(evidence.createdBy) ?? actor.id, createdAt: date(evidence.createdAt)!, removedAt: date(evidence.removedAt) }))
  await inBatches(evidenceRows, (data) => tx.evidence.createMany({ data }))
  const ratingRows = file.ratings.map((rating): Prisma.RatingCreateManyInput => ({ id: newId(rating.id), workspaceId, claimId: ref(rating.claimId), userId: users.id(rating.reviewer), verdict: rating.verdict, confidence: rating.confidence, rationale: rating.rationale, createdAt: date(rating.createdAt)!, supersededAt: date(rating.supersededAt) }))
  await inBatches(ratingRows, (data) => tx.rating.createMany({ data }))

  // Comments: new ids in file order, written parents first.
  const commentRows: (Prisma.CommentCreateManyInput & { oldParent: string | null })[] = []
  const editRows: Prisma.CommentEditCreateManyInput[] = []
  for (const document of file.documents) {
    const documentId = ref(document.id)
    for (const comment of document.comments) {
      const id = newId(comment.id)
      commentRows.push({
        id, oldParent: comment.parentId, workspaceId, documentId, claimId: comment.claimId === null ? null : ref(comment.claimId), authorId: users.id(comment.author), body: comment.body,
        revisionId: comment.revisionNumber === null ? null : revisionIds.get(`${documentId}:${comment.revisionNumber}`)!, start: comment.start, end: comment.end, quote: comment.quote, prefix: comment.prefix, suffix: comment.suffix,
        orphanedAt: date(comment.orphanedAt), mentionedUserIds: comment.mentions.map(users.id), resolvedAt: date(comment.resolvedAt), resolvedById: users.idOrNull(comment.resolvedBy), editedAt: date(comment.editedAt), deletedAt: date(comment.deletedAt), createdAt: date(comment.createdAt)!,
      })
      for (const edit of comment.edits) editRows.push({ commentId: id, body: edit.body, editedById: users.id(edit.editedBy), editedAt: date(edit.editedAt)! })
    }
  }
  const written = new Set<string>()
  let pending = commentRows
  while (pending.length) {
    const ready = pending.filter((row) => row.oldParent === null || written.has(ref(row.oldParent)))
    await inBatches(ready.map(({ oldParent, ...row }) => ({ ...row, parentId: oldParent === null ? null : ref(oldParent) })), (data) => tx.comment.createMany({ data }))
    for (const row of ready) written.add(row.id!)
    pending = pending.filter((row) => !ready.includes(row))
  }
  await inBatches(editRows, (data) => tx.commentEdit.createMany({ data }))

  // The history, with the ids it mentions rewritten to the new ones.
  const remap = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.get(value) ?? value
    if (Array.isArray(value)) return value.map(remap)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, remap(inner)]))
    return value
  }
  const activityRows = file.activity.map((event): Prisma.ActivityEventCreateManyInput => ({
    workspaceId, actorId: users.idOrNull(event.actor), subjectType: event.subjectType, subjectId: ids.get(event.subjectId) ?? event.subjectId,
    documentId: event.documentId === null ? null : (ids.get(event.documentId) ?? null), claimId: event.claimId === null ? null : (ids.get(event.claimId) ?? null),
    action: event.action, before: json(remap(event.before)), after: json(remap(event.after)), at: date(event.at)!,
  }))
  await inBatches(activityRows, (data) => tx.activityEvent.createMany({ data }))

  const summary: ImportSummary = {
    documents: documentRows.length, revisions: revisionRows.length, claims: claimRows.length, comments: commentRows.length, sources: sourceRows.length, evidence: evidenceRows.length, ratings: ratingRows.length, activity: activityRows.length,
    membersAdded, mappedToImporter: users.missing,
  }
  await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Workspace', subjectId: workspaceId, action: 'workspace.imported', after: { ...summary, exportedAt: file.exportedAt, fromWorkspace: file.workspace.id } })
  return summary
}
