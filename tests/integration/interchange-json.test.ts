import { PassThrough, Readable } from 'node:stream'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { findClaims } from '@/lib/claims/find-claims'
import { mergeClaims } from '@/lib/claims/merge-claims'
import { createComment } from '@/lib/comments/create-comment'
import { deleteComment } from '@/lib/comments/delete-comment'
import { editComment } from '@/lib/comments/edit-comment'
import { setThreadResolved } from '@/lib/comments/set-thread-resolved'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { removeEvidence } from '@/lib/evidence/remove-evidence'
import { exportWorkspaceJson } from '@/lib/interchange/export-workspace-json'
import { importWorkspaceJson } from '@/lib/interchange/import-workspace-json'
import { addMember } from '../support/members'
import { assignClaim } from '@/lib/reviews/assign-claim'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { createSource } from '@/lib/sources/create-source'
import { retractSource } from '@/lib/sources/retract-source'
import { createWorkspace } from '@/lib/workspaces/create-workspace'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const LINES = [
  'Trade between China and Russia grew from $8 billion in 2014 to over $110 billion in 2024.',
  'China invested over $15.3 billion in quantum technologies.',
  'The country has a 20 million-strong engineering community.',
  'Over 15,000 sanctions have been imposed on Russia since 2022.',
]
const EDITED = [LINES[0]!, 'China invested over $16.1 billion in quantum technologies.', LINES[3]!, 'Exports of chips rose 40% in 2023.']

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let second: Awaited<ReturnType<typeof createUser>>
let workspaceId: string

async function exportText(actor: Actor, workspace: string, documentId?: string): Promise<string> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await exportWorkspaceJson({ actor, workspaceId: workspace, documentId }, stream)
  stream.end()
  return Buffer.concat(chunks).toString('utf8')
}

const counts = async (workspace: string) => {
  const db = getDb()
  const where = { workspaceId: workspace }
  return { documents: await db.document.count({ where }), claims: await db.claim.count({ where }), comments: await db.comment.count({ where }), sources: await db.source.count({ where }), ratings: await db.rating.count({ where }), activity: await db.activityEvent.count({ where }), members: await db.membership.count({ where }) }
}

// A workspace with everything a full export holds: two documents, one edited (so two
// revisions, a claim orphaned and one moved with its past anchor), claims merged,
// dismissed, assigned and verified by override, quantities, sources (one retracted),
// evidence (one removed), ratings with history, comments with edits, replies, a
// deleted reply and a resolved thread, and the activity log of all of it.
const versionOf = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId } })).version

async function buildRichWorkspace() {
  const documentId = (await createDocument({ actor: owner, workspaceId, title: 'China and Russia', author: 'Jane Writer', publisher: 'The Paper', publishedAt: '2025-01-10', sourceUrl: 'https://paper.example/a', text: LINES.join('\n') })).id
  await createDocument({ actor: owner, workspaceId, title: 'Second piece', text: 'Unemployment fell to 4.1% in March 2025.\nThe budget deficit reached 3% of GDP.' })
  const claims = await findClaims({ actor: owner, workspaceId, documentId })
  const claimWith = (words: string) => claims.find((claim) => claim.quote.includes(words))!
  await setClaimDismissed({ actor: owner, workspaceId, claimId: claimWith('engineering').id, isDismissed: true, version: await versionOf(claimWith('engineering').id) })
  await saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: documentFromBlocks(EDITED.join('\n'), null) })

  const current = await findClaims({ actor: owner, workspaceId, documentId })
  const trade = current.find((claim) => claim.quote.includes('$110 billion'))!
  const sanctions = current.find((claim) => claim.quote.includes('15,000'))!
  const chips = current.find((claim) => claim.quote.includes('chips'))!
  await mergeClaims({ actor: owner, workspaceId, claimIds: [sanctions.id, chips.id] })

  const official = await createSource({ actor: reviewer, workspaceId, url: 'https://customs.example.gov/2024', title: 'Customs statistics 2024', type: 'OFFICIAL_STATISTICS', publishedAt: '2025-01-13', reliability: 5 })
  const news = await createSource({ actor: reviewer, workspaceId, url: 'https://news.example.com/trade', title: 'A news story', type: 'NEWS' })
  await addEvidence({ actor: reviewer, workspaceId, claimId: trade.id, sourceId: official.source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion in 2024.', locator: 'table 3', figure: '$113.5 billion' })
  const removed = await addEvidence({ actor: reviewer, workspaceId, claimId: trade.id, sourceId: news.source.id, stance: 'CONTEXT', quote: 'Analysts expect more.' })
  await removeEvidence({ actor: reviewer, workspaceId, claimId: trade.id, evidenceId: removed.id, version: 1 })
  await retractSource({ actor: owner, workspaceId, sourceId: news.source.id, note: 'The story was corrected.' })

  await rateClaim({ actor: reviewer, workspaceId, claimId: trade.id, verdict: 'MISLEADING', confidence: 2, rationale: 'First look.' })
  await rateClaim({ actor: reviewer, workspaceId, claimId: trade.id, verdict: 'ACCURATE', confidence: 4, rationale: 'Customs table 3 agrees.' })
  await rateClaim({ actor: second, workspaceId, claimId: trade.id, verdict: 'ACCURATE_WITH_CAVEATS', confidence: 3, rationale: 'Close enough.' })
  await assignClaim({ actor: owner, workspaceId, claimId: trade.id, assigneeId: second.id, version: await versionOf(trade.id) })
  const version = await versionOf(trade.id)
  await setClaimStatus({ actor: owner, workspaceId, claimId: trade.id, version, status: 'VERIFIED', verdict: 'ACCURATE', overrideReason: 'The customs table settles it beyond doubt.' })

  const start = EDITED.join('\n').indexOf('quantum')
  const thread = await createComment({ actor: reviewer, workspaceId, documentId, body: 'Which quantum programmes?', start, end: start + 'quantum'.length })
  await editComment({ actor: reviewer, workspaceId, commentId: thread.id, version: 1, body: 'Which quantum programmes are counted?' })
  const reply = await createComment({ actor: second, workspaceId, documentId, parentId: thread.id, body: `@${reviewer.name} the state ones` })
  await createComment({ actor: owner, workspaceId, documentId, parentId: thread.id, body: 'Noted.' })
  await deleteComment({ actor: second, workspaceId, commentId: reply.id, version: 1 })
  await setThreadResolved({ actor: owner, workspaceId, commentId: thread.id, isResolved: true })
  await createComment({ actor: second, workspaceId, documentId, claimId: trade.id, body: 'Good catch on table 3.' })
  return { documentId }
}

// The export with ids replaced by ordinals of their kind (in order of appearance),
// everywhere they occur, and without the export's own time.
function normalize(text: string, { dropFirstEvents = 0 } = {}) {
  const file = JSON.parse(text)
  delete file.exportedAt
  file.activity = file.activity.slice(dropFirstEvents).filter((event: { action: string }) => event.action !== 'workspace.imported')
  const ordinals = new Map<string, string>()
  const name = (kind: string, id: string) => ordinals.set(id, ordinals.get(id) ?? `${kind}#${[...ordinals.values()].filter((value) => value.startsWith(`${kind}#`)).length}`)
  name('workspace', file.workspace.id)
  for (const document of file.documents) {
    name('document', document.id)
    for (const revision of document.revisions) name('revision', revision.id)
    for (const claim of document.claims) name('claim', claim.id)
    for (const comment of document.comments) name('comment', comment.id)
  }
  for (const kind of ['sources', 'evidence', 'ratings']) for (const row of file[kind]) name(kind, row.id)
  // activity ids are numbers, which other values may equal: they are renumbered in place
  file.activity.forEach((event: { id: string }, index: number) => (event.id = `activity#${index}`))
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return ordinals.get(value) ?? value
    if (Array.isArray(value)) return value.map(replace)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replace(inner)]))
    return value
  }
  return replace(file) as Record<string, unknown[]> & { scope: unknown }
}

beforeEach(async () => {
  ;[owner, reviewer, second] = await Promise.all([createUser('owner'), createUser('reviewer'), createUser('second')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  await addMember({ actor: owner, workspaceId, email: second.email, role: 'EDITOR' })
})

describe('the full JSON export', () => {
  it('round-trips: export, import into an empty workspace, export again — identical apart from ids', async () => {
    await buildRichWorkspace()
    const first = await exportText(owner, workspaceId)
    const parsed = JSON.parse(first)
    expect(parsed).toMatchObject({ format: 'claimtrack-export', version: 1, scope: { documentId: null } })
    const doc = parsed.documents.find((document: { title: string }) => document.title === 'China and Russia')
    expect(doc.revisions.map((revision: { number: number; baseNumber: number | null }) => [revision.number, revision.baseNumber])).toEqual([[1, null], [2, 1]])
    expect(doc.claims.some((claim: { dismissedAt: string | null }) => claim.dismissedAt)).toBe(true)
    expect(doc.claims.some((claim: { orphanedAt: string | null }) => claim.orphanedAt)).toBe(true)
    expect(doc.claims.filter((claim: { supersededAt: string | null }) => claim.supersededAt)).toHaveLength(2)
    expect(doc.claims.filter((claim: { origin: string }) => claim.origin === 'MERGED')).toHaveLength(1)
    expect(doc.claims.some((claim: { pastAnchors: unknown[] }) => claim.pastAnchors.length > 0)).toBe(true)
    expect(doc.claims.some((claim: { quantities: unknown[] }) => claim.quantities.length > 1)).toBe(true)
    expect(doc.claims.find((claim: { status: string }) => claim.status === 'VERIFIED')).toMatchObject({ verdict: 'ACCURATE', verdictBy: owner.email, assignee: second.email, overrideReason: 'The customs table settles it beyond doubt.' })
    expect(doc.comments.find((comment: { edits: unknown[] }) => comment.edits.length)).toMatchObject({ resolvedBy: owner.email, edits: [{ body: 'Which quantum programmes?', editedBy: reviewer.email }] })
    expect(doc.comments.some((comment: { deletedAt: string | null; parentId: string | null }) => comment.deletedAt && comment.parentId)).toBe(true)
    expect(parsed.ratings.filter((rating: { supersededAt: string | null }) => rating.supersededAt)).toHaveLength(1)
    expect(parsed.evidence.filter((evidence: { removedAt: string | null }) => evidence.removedAt)).toHaveLength(1)
    expect(parsed.sources.filter((source: { retractedAt: string | null }) => source.retractedAt)).toHaveLength(1)
    expect(parsed.members.map((member: { email: string }) => member.email)).toEqual([owner.email, reviewer.email, second.email])

    const target = await createWorkspace({ actor: owner, name: 'Restored' })
    const eventsBefore = await getDb().activityEvent.count({ where: { workspaceId: target.id } })
    const summary = await importWorkspaceJson({ actor: owner, workspaceId: target.id, source: { text: first } })
    expect(summary).toMatchObject({ documents: 2, revisions: 3, sources: 2, evidence: 2, ratings: 3, membersAdded: [reviewer.email, second.email], mappedToImporter: [] })
    const again = await exportText(owner, target.id)
    expect(normalize(again, { dropFirstEvents: eventsBefore })).toEqual(normalize(first))
    // and nothing was left behind: the rows match one for one
    const [a, b] = [await counts(workspaceId), await counts(target.id)]
    expect({ ...b, activity: b.activity - eventsBefore - 1 }).toEqual(a)
    // the restored workspace is usable: claims read back with their quantities
    const restoredDoc = await getDb().document.findFirstOrThrow({ where: { workspaceId: target.id, title: 'China and Russia' } })
    expect((await findClaims({ actor: reviewer, workspaceId: target.id, documentId: restoredDoc.id })).length).toBeGreaterThan(0)
  })

  it('exports one document with the sources its evidence cites, and that imports too', async () => {
    const { documentId } = await buildRichWorkspace()
    const text = await exportText(owner, workspaceId, documentId)
    const parsed = JSON.parse(text)
    expect(parsed.scope).toEqual({ documentId })
    expect(parsed.documents.map((document: { id: string }) => document.id)).toEqual([documentId])
    expect(parsed.sources).toHaveLength(2)
    expect(parsed.activity.every((event: { documentId: string }) => event.documentId === documentId)).toBe(true)
    const target = await createWorkspace({ actor: owner, name: 'One document' })
    await importWorkspaceJson({ actor: owner, workspaceId: target.id, source: { stream: Readable.from([Buffer.from(text)]) } })
    const eventsBefore = 0
    expect(normalize(await exportText(owner, target.id), { dropFirstEvents: eventsBefore }).documents).toEqual(normalize(text).documents)
  })

  it('exports an empty workspace as a valid file with empty lists', async () => {
    const parsed = JSON.parse(await exportText(owner, workspaceId))
    expect(parsed).toMatchObject({ documents: [], sources: [], evidence: [], ratings: [] })
    const target = await createWorkspace({ actor: owner, name: 'Empty' })
    expect(await importWorkspaceJson({ actor: owner, workspaceId: target.id, source: { text: JSON.stringify(parsed) } })).toMatchObject({ documents: 0, claims: 0 })
  })
})

describe('forged and malformed imports', () => {
  let file: Record<string, unknown> & { documents: { id: string; claims: { id: string }[]; comments: { id: string; parentId: string | null }[] }[]; evidence: { claimId: string; sourceId: string; id: string }[]; ratings: { id: string }[] }
  let targetId: string
  beforeEach(async () => {
    await buildRichWorkspace()
    file = JSON.parse(await exportText(owner, workspaceId))
    targetId = (await createWorkspace({ actor: owner, name: 'Target' })).id
  })
  const attempt = async (text: string, code: 'INVALID_INPUT' | 'CONFLICT' | 'PAYLOAD_TOO_LARGE' | 'FORBIDDEN' | 'NOT_FOUND' = 'INVALID_INPUT', actor: Actor = owner) => {
    const before = await counts(targetId)
    const error = await expectAppError(importWorkspaceJson({ actor, workspaceId: targetId, source: { text } }), code)
    expect(await counts(targetId)).toEqual(before)
    return error
  }

  it('refuses another format or version, and text that is not JSON', async () => {
    expect((await attempt(JSON.stringify({ ...file, version: 2 }))).fields).toEqual([{ field: 'version', message: 'must be 1: this version of Claimtrack reads export version 1 only' }])
    expect((await attempt(JSON.stringify({ ...file, format: 'other' }))).fields.map((f) => f.field)).toEqual(['format'])
    expect((await attempt('{"format": "claimtrack-export", ')).message).toMatch(/not valid JSON/)
  })

  it('names the path of every dangling reference and duplicate id', async () => {
    file.evidence[0]!.claimId = 'no-such-claim'
    file.evidence[1]!.sourceId = 'no-such-source'
    file.ratings[1]!.id = file.ratings[0]!.id
    const comments = file.documents[0]!.comments
    comments[1]!.parentId = 'gone'
    file.documents[1]!.claims[0]!.id = file.documents[0]!.claims[0]!.id
    const error = await attempt(JSON.stringify(file))
    expect(error.fields.map((field) => field.field)).toEqual(['documents.0.comments.1.parentId', 'documents.1.claims.0.id', 'evidence.0.claimId', 'evidence.1.sourceId', 'ratings.1.id'])
    expect(error.fields.find((field) => field.field === 'ratings.1.id')!.message).toBe('repeats the id of ratings.0')
    expect(error.message).toMatch(/^The export file is not consistent: documents\.0\.comments\.1\.parentId/)
  })

  it('names schema problems by path, up to 50', async () => {
    const broken = structuredClone(file) as unknown as { documents: { claims: { kind: string; start: number }[] }[] }
    broken.documents[0]!.claims.forEach((claim) => Object.assign(claim, { kind: 'RUMOUR', start: -1 }))
    const error = await attempt(JSON.stringify(broken))
    expect(error.fields[0]).toEqual({ field: 'documents.0.claims.0.start', message: 'must not be negative' })
    expect(error.fields.map((field) => field.field)).toContain('documents.0.claims.0.kind')
    expect(error.fields.length).toBeLessThanOrEqual(50)
  })

  it('imports only into an empty workspace, for its owner', async () => {
    await importWorkspaceJson({ actor: owner, workspaceId: targetId, source: { text: JSON.stringify(file) } })
    const error = await attempt(JSON.stringify(file), 'CONFLICT')
    expect(error.message).toMatch(/not empty/)
    targetId = (await createWorkspace({ actor: owner, name: 'Target 2' })).id
    await addMember({ actor: owner, workspaceId: targetId, email: second.email, role: 'EDITOR' })
    await attempt(JSON.stringify(file), 'FORBIDDEN', second)
    await attempt(JSON.stringify(file), 'NOT_FOUND', reviewer)
  })

  it('refuses a file over 100 MB before reading it', async () => {
    const before = await counts(targetId)
    await expectAppError(importWorkspaceJson({ actor: owner, workspaceId: targetId, source: { stream: Readable.from([]), declaredSize: 100 * 1024 * 1024 + 1 } }), 'PAYLOAD_TOO_LARGE')
    let produced = 0
    const chunk = Buffer.alloc(1024 * 1024, 32)
    const endless = Readable.from((function* () {
      for (;;) {
        produced++
        yield chunk
      }
    })())
    await expectAppError(importWorkspaceJson({ actor: owner, workspaceId: targetId, source: { stream: endless } }), 'PAYLOAD_TOO_LARGE')
    expect(produced).toBeLessThanOrEqual(102)
    expect(await counts(targetId)).toEqual(before)
  })

  it('attributes users without an account here to the importing owner, and says so', async () => {
    const text = JSON.stringify(file).replaceAll(second.email, 'gone@nowhere.test')
    const summary = await importWorkspaceJson({ actor: owner, workspaceId: targetId, source: { text } })
    expect(summary.mappedToImporter).toEqual(['gone@nowhere.test'])
    expect(summary.membersAdded).toEqual([reviewer.email])
    expect(await getDb().rating.count({ where: { workspaceId: targetId, userId: owner.id } })).toBe(1)
  })
})
