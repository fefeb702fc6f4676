import 'server-only'
import type { Writable } from 'node:stream'
import { z } from 'zod'
import { commentActivityFieldsSql } from '@/lib/activity/comment-activity-fields'
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

  await writer.write(',\n  "sources": ')
  await writeArray(
    writer,
    mapBatches(byId((cursor: string | undefined) => tx.source.findMany({ where: { workspaceId, ...(documentId ? { evidence: { some: { claim: { documentId } } } } : {}) }, orderBy: { id: 'asc' }, take: EXPORT_BATCH, ...after(cursor) })), users, (rows) => rows.map((row) => row.createdById), (source) => ({
      id: source.id, url: source.url, normalizedUrl: source.normalizedUrl, title: source.title, publisher: source.publisher, author: source.author, publishedAt: day(source.publishedAt), accessedAt: day(source.accessedAt), archiveUrl: source.archiveUrl, type: source.type, reliability: source.reliability, reliabilityNote: source.reliabilityNote, retractedAt: iso(source.retractedAt), retractionNote: source.retractionNote, createdBy: users.email(source.createdById), createdAt: iso(source.createdAt),
    })),
    '  ',
  )
  await writer.write(',\n  "evidence": ')
  await writeArray(writer, claimRowsOf(tx, 'Evidence', 'v', EVIDENCE_JSON, workspaceId, documentId), '  ', raw)
  await writer.write(',\n  "ratings": ')
  await writeArray(writer, claimRowsOf(tx, 'Rating', 'g', RATING_JSON, workspaceId, documentId), '  ', raw)
  await writer.write(',\n  "activity": ')
  await writeArray(writer, activityOf(tx, workspaceId, documentId), '  ', raw)
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
  const claims = new DocumentRows(tx, 'Claim', CLAIM_SELECT, where)
  const comments = new DocumentRows(tx, 'Comment', COMMENT_SELECT, where)
  for await (const documents of byId((cursor: string | undefined) => tx.document.findMany({ where, orderBy: { id: 'asc' }, take: 100, ...after(cursor) }), 100)) {
    await users.load(documents.map((document) => document.createdById))
    for (const document of documents) {
      const meta = { id: document.id, title: document.title, author: document.author, publisher: document.publisher, publishedAt: day(document.publishedAt), sourceUrl: document.sourceUrl, contentHash: document.contentHash, createdBy: users.email(document.createdById), createdAt: iso(document.createdAt), archivedAt: iso(document.archivedAt) }
      await writer.write(`${isFirst ? '' : ','}\n    ${JSON.stringify(meta).slice(0, -1)},\n      "revisions": `)
      isFirst = false
      await writeArray(writer, revisionsOf(tx, users, document.id), '      ')
      await writer.write(',\n      "claims": ')
      await writeArray(writer, claims.of(document.id), '      ', raw)
      await writer.write(',\n      "comments": ')
      await writeArray(writer, comments.of(document.id), '      ', raw)
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

// The heavy tables are read with SQL that builds each row's JSON in Postgres: no ORM
// objects per row, so the export is fast and makes little garbage. Same shapes as above.
const raw = (json: string) => json
const T = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
const EMAIL = (column: string) => `(SELECT u.email FROM "User" u WHERE u.id = ${column})`

async function* rowsOf(tx: Tx, sql: (hasCursor: boolean) => string, parameters: unknown[]): AsyncGenerator<string[]> {
  let cursor: string | undefined
  for (;;) {
    const rows = await tx.$queryRawUnsafe<{ id: string; json: string }[]>(sql(cursor !== undefined), ...parameters, ...(cursor === undefined ? [] : [cursor]))
    if (rows.length) yield rows.map((row) => row.json)
    if (rows.length < EXPORT_BATCH) return
    cursor = rows[rows.length - 1]!.id
  }
}

const CLAIM_JSON = `json_build_object(
  'id', c.id, 'revisionNumber', r.number, 'start', c.start, 'end', c."end", 'quote', c.quote, 'prefix', c.prefix, 'suffix', c.suffix,
  'kind', c.kind, 'checkworthiness', c.checkworthiness::text, 'reasons', c.reasons, 'derived', c.derived, 'origin', c.origin, 'status', c.status,
  'verdict', c.verdict, 'verdictBy', uv.email, 'verdictAt', ${T('c."verdictAt"')}, 'overrideReason', c."overrideReason", 'assignee', ua.email,
  'createdBy', uc.email, 'createdAt', ${T('c."createdAt"')}, 'dismissedAt', ${T('c."dismissedAt"')}, 'dismissedBy', ud.email,
  'supersededAt', ${T('c."supersededAt"')}, 'orphanedAt', ${T('c."orphanedAt"')}, 'textChangedAt', ${T('c."textChangedAt"')}, 'previousQuote', c."previousQuote",
  'quantities', COALESCE((SELECT json_agg(json_build_object('position', q.position, 'start', q.start, 'end', q."end", 'text', q.text, 'value', q.value::text, 'valueMax', q."valueMax"::text,
    'unit', q.unit, 'countedNoun', q."countedNoun", 'scale', q.scale, 'qualifier', q.qualifier, 'year', q.year, 'period', q.period, 'role', q.role) ORDER BY q.position) FROM "Quantity" q WHERE q."claimId" = c.id), '[]'::json),
  'pastAnchors', COALESCE((SELECT json_agg(json_build_object('revisionNumber', ar.number, 'start', a.start, 'end', a."end", 'quote', a.quote, 'prefix', a.prefix, 'suffix', a.suffix,
    'quantities', a.quantities, 'createdAt', ${T('a."createdAt"')}) ORDER BY a."createdAt", a.id) FROM "ClaimAnchor" a JOIN "DocumentRevision" ar ON ar.id = a."revisionId" WHERE a."claimId" = c.id), '[]'::json)
)`

const CLAIM_SELECT = (ids: string) => `SELECT c."documentId" AS doc, ${CLAIM_JSON}::text AS json FROM "Claim" c JOIN "DocumentRevision" r ON r.id = c."revisionId"
  LEFT JOIN "User" uv ON uv.id = c."verdictById" LEFT JOIN "User" ua ON ua.id = c."assigneeId" LEFT JOIN "User" uc ON uc.id = c."createdById" LEFT JOIN "User" ud ON ud.id = c."dismissedById"
  WHERE c.id = ANY(${ids}) ORDER BY c."documentId", c.id`
// A deleted comment keeps its place in its thread (its id, author, anchor and dates)
// but none of its words: not its body, nor what it said before an edit, nor whom it
// mentioned. Deleting is the author's "never show this again", in files too.
const COMMENT_JSON = `json_build_object(
  'id', m.id, 'claimId', m."claimId", 'parentId', m."parentId", 'author', ${EMAIL('m."authorId"')}, 'body', CASE WHEN m."deletedAt" IS NULL THEN m.body ELSE '' END,
  'revisionNumber', (SELECT r.number FROM "DocumentRevision" r WHERE r.id = m."revisionId"), 'start', m.start, 'end', m."end", 'quote', m.quote, 'prefix', m.prefix, 'suffix', m.suffix,
  'orphanedAt', ${T('m."orphanedAt"')},
  'mentions', COALESCE((SELECT json_agg(u.email ORDER BY array_position(m."mentionedUserIds", u.id)) FROM "User" u WHERE u.id = ANY(m."mentionedUserIds") AND m."deletedAt" IS NULL), '[]'::json),
  'resolvedAt', ${T('m."resolvedAt"')}, 'resolvedBy', ${EMAIL('m."resolvedById"')}, 'editedAt', ${T('m."editedAt"')}, 'deletedAt', ${T('m."deletedAt"')}, 'createdAt', ${T('m."createdAt"')},
  'edits', COALESCE((SELECT json_agg(json_build_object('body', e.body, 'editedBy', ${EMAIL('e."editedById"')}, 'editedAt', ${T('e."editedAt"')}) ORDER BY e."editedAt", e.id) FROM "CommentEdit" e WHERE e."commentId" = m.id AND m."deletedAt" IS NULL), '[]'::json)
)`

const COMMENT_SELECT = (ids: string) => `SELECT m."documentId" AS doc, ${COMMENT_JSON}::text AS json FROM "Comment" m WHERE m.id = ANY(${ids}) ORDER BY m."documentId", m.id`

// The claims (or comments) of every exported document, read 1,000 at a time across
// documents in (document, id) order — the order documents are written in — and handed
// out document by document: a few large queries instead of one per document.
class DocumentRows {
  private buffer: { doc: string; json: string }[] = []
  private at = 0
  private cursor: { doc: string; id: string } | null = null
  private isDone = false
  constructor(
    private readonly tx: Tx,
    private readonly table: 'Claim' | 'Comment',
    private readonly select: (ids: string) => string,
    private readonly where: { workspaceId: string; id?: string },
  ) {}

  private async fill(): Promise<boolean> {
    if (this.isDone) return false
    const scope = this.where.id ? 'AND "documentId" = $2' : ''
    const parameters: unknown[] = this.where.id ? [this.where.workspaceId, this.where.id] : [this.where.workspaceId]
    const after = this.cursor ? `AND ("documentId", id) > ($${parameters.length + 1}, $${parameters.length + 2})` : ''
    if (this.cursor) parameters.push(this.cursor.doc, this.cursor.id)
    const keys = await this.tx.$queryRawUnsafe<{ id: string; doc: string }[]>(`SELECT id, "documentId" AS doc FROM "${this.table}" WHERE "workspaceId" = $1 ${scope} ${after} ORDER BY "documentId", id LIMIT ${EXPORT_BATCH}`, ...parameters)
    if (keys.length < EXPORT_BATCH) this.isDone = true
    if (keys.length === 0) return false
    this.cursor = keys[keys.length - 1]!
    this.buffer = await this.tx.$queryRawUnsafe<{ doc: string; json: string }[]>(this.select('$1::text[]'), keys.map((key) => key.id))
    this.at = 0
    return true
  }

  async *of(documentId: string): AsyncGenerator<string[]> {
    for (;;) {
      if (this.at >= this.buffer.length && !(await this.fill())) return
      const start = this.at
      while (this.at < this.buffer.length && this.buffer[this.at]!.doc === documentId) this.at++
      if (this.at > start) yield this.buffer.slice(start, this.at).map((row) => row.json)
      if (this.at < this.buffer.length) return // the next row is a later document's
    }
  }
}

const EVIDENCE_JSON = `json_build_object(
  'id', v.id, 'claimId', v."claimId", 'sourceId', v."sourceId", 'stance', v.stance, 'quote', v.quote, 'locator', v.locator, 'figure', v.figure, 'quantityPosition', v."quantityPosition",
  'createdBy', u.email, 'createdAt', ${T('v."createdAt"')}, 'removedAt', ${T('v."removedAt"')}
)`
const RATING_JSON = `json_build_object(
  'id', g.id, 'claimId', g."claimId", 'reviewer', u.email, 'verdict', g.verdict, 'confidence', g.confidence, 'rationale', g.rationale,
  'createdAt', ${T('g."createdAt"')}, 'supersededAt', ${T('g."supersededAt"')}
)`
const ACTIVITY_JSON = `json_build_object(
  'id', a.id::text, 'actor', ${EMAIL('a."actorId"')}, 'subjectType', a."subjectType", 'subjectId', a."subjectId", 'documentId', a."documentId", 'claimId', a."claimId",
  'action', a.action,
  'before', CASE WHEN a."subjectType" = 'Comment' AND a.before IS NOT NULL THEN ${commentActivityFieldsSql('a.before')} ELSE a.before::jsonb END,
  'after', CASE WHEN a."subjectType" = 'Comment' AND a.after IS NOT NULL THEN ${commentActivityFieldsSql('a.after')} ELSE a.after::jsonb END,
  'at', ${T('a.at')}
)`

// Evidence and ratings of the workspace, or of one document's claims.
function claimRowsOf(tx: Tx, table: 'Evidence' | 'Rating', alias: string, json: string, workspaceId: string, documentId: string | undefined) {
  const user = table === 'Rating' ? 'userId' : 'createdById'
  const scope = documentId ? `AND ${alias}."claimId" IN (SELECT id FROM "Claim" WHERE "documentId" = $2)` : ''
  const cursorAt = documentId ? '$3' : '$2'
  return rowsOf(tx, (hasCursor) => `SELECT ${alias}.id, ${json}::text AS json FROM "${table}" ${alias} LEFT JOIN "User" u ON u.id = ${alias}."${user}" WHERE ${alias}."workspaceId" = $1 ${scope} ${hasCursor ? `AND ${alias}.id > ${cursorAt}` : ''} ORDER BY ${alias}.id LIMIT ${EXPORT_BATCH}`, documentId ? [workspaceId, documentId] : [workspaceId])
}

function activityOf(tx: Tx, workspaceId: string, documentId: string | undefined) {
  const scope = documentId ? 'AND a."documentId" = $2' : ''
  const cursorAt = documentId ? '$3' : '$2'
  return rowsOf(
    tx,
    (hasCursor) => `SELECT a.id::text AS id, ${ACTIVITY_JSON}::text AS json FROM "ActivityEvent" a WHERE a."workspaceId" = $1 ${scope} ${hasCursor ? `AND a.id > ${cursorAt}::bigint` : ''} ORDER BY a.id LIMIT ${EXPORT_BATCH}`,
    documentId ? [workspaceId, documentId] : [workspaceId],
  )
}
