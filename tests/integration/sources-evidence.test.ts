import { beforeEach, describe, expect, it } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { createDocument } from '@/lib/documents/create-document'
import { getDb } from '@/lib/db/client'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { QUOTE_SNAPSHOT_SELECT, toEvidenceView } from '@/lib/evidence/evidence-view'
import { findEvidence } from '@/lib/evidence/find-evidence'
import { removeEvidence } from '@/lib/evidence/remove-evidence'
import { addMember } from '../support/members'
import { createSource } from '@/lib/sources/create-source'
import { deleteSource } from '@/lib/sources/delete-source'
import { findSources } from '@/lib/sources/find-sources'
import { retractSource } from '@/lib/sources/retract-source'
import { updateSource } from '@/lib/sources/update-source'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Trade reached over $110 billion in 2024. The minister called it a triumph.'
const CUSTOMS = { url: 'https://Customs.example.gov/stats/2024/?utm_source=news#trade', title: '  China customs: trade with Russia, 2024 ' }

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
let outsider: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let claimId: string

beforeEach(async () => {
  ;[owner, reviewer, viewer, outsider] = await Promise.all([createUser('owner'), createUser('reviewer'), createUser('viewer'), createUser('outsider')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
  const { id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })
  claimId = (await findClaims({ actor: owner, workspaceId, documentId })).find((claim) => claim.quote.includes('$110 billion'))!.id
})

const activity = (subjectId: string) => getDb().activityEvent.findMany({ where: { subjectId }, orderBy: { id: 'asc' } }).then((rows) => rows.map((row) => row.action))

describe('the source library', () => {
  it('adds a source once per normalized URL, trimmed, and lists it with its evidence count', async () => {
    const first = await createSource({ actor: reviewer, workspaceId, ...CUSTOMS, publishedAt: '2025-01-13', reliability: 5, type: 'OFFICIAL_STATISTICS' })
    expect(first.isExisting).toBe(false)
    expect(first.source).toMatchObject({ title: 'China customs: trade with Russia, 2024', normalizedUrl: 'https://customs.example.gov/stats/2024', createdById: reviewer.id })
    expect(first.source.publishedAt?.toISOString()).toBe('2025-01-13T00:00:00.000Z')
    const again = await createSource({ actor: owner, workspaceId, url: 'https://customs.example.gov:443/stats/2024', title: 'Other title' })
    expect(again).toMatchObject({ isExisting: true, source: { id: first.source.id, title: first.source.title } })
    // The same link in another workspace is that workspace's own source.
    expect((await createSource({ actor: outsider, workspaceId: outsider.workspaceId, ...CUSTOMS })).isExisting).toBe(false)

    await createSource({ actor: owner, workspaceId, url: 'https://news.example.com/a', title: 'A news story' })
    await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: first.source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.' })
    const listed = (await findSources({ actor: viewer, workspaceId })).sources
    expect(listed.map((source) => [source.title, source.evidenceCount])).toEqual([['A news story', 0], ['China customs: trade with Russia, 2024', 1]])
    expect((await findSources({ actor: viewer, workspaceId, query: 'CUSTOMS' })).sources.map((source) => source.id)).toEqual([first.source.id])
    expect(await activity(first.source.id)).toEqual(['source.created'])
  })

  it('keeps one source when the same link is added twice at once', async () => {
    const results = await Promise.all([1, 2, 3].map(() => createSource({ actor: owner, workspaceId, ...CUSTOMS })))
    expect(new Set(results.map((result) => result.source.id)).size).toBe(1)
    expect(results.filter((result) => !result.isExisting)).toHaveLength(1)
    expect(await getDb().source.count({ where: { workspaceId } })).toBe(1)
  })

  it('refuses non-web links and bad dates, naming the field', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/file']) {
      const error = await expectAppError(createSource({ actor: owner, workspaceId, url, title: 'Bad' }), 'INVALID_INPUT')
      expect(error.fields.map((field) => field.field)).toEqual(['url'])
    }
    const badDate = await expectAppError(createSource({ actor: owner, workspaceId, url: 'https://example.org', title: 'T', publishedAt: '2024-02-30', accessedAt: 'yesterday' }), 'INVALID_INPUT')
    expect(badDate.fields.map((field) => field.field).sort()).toEqual(['accessedAt', 'publishedAt'])
    const badRating = await expectAppError(createSource({ actor: owner, workspaceId, url: 'https://example.org', title: '  ', reliability: 6 }), 'INVALID_INPUT')
    expect(badRating.fields.map((field) => field.field).sort()).toEqual(['reliability', 'title'])
    expect(await getDb().source.count({ where: { workspaceId } })).toBe(0)
  })

  it('lets reviewers add sources and viewers only read; other workspaces see nothing', async () => {
    await expectAppError(createSource({ actor: viewer, workspaceId, ...CUSTOMS }), 'FORBIDDEN')
    const { source } = await createSource({ actor: reviewer, workspaceId, ...CUSTOMS })
    await expectAppError(findSources({ actor: outsider, workspaceId }), 'NOT_FOUND')
    await expectAppError(updateSource({ actor: outsider, workspaceId: outsider.workspaceId, sourceId: source.id, version: 1, title: 'Mine' }), 'NOT_FOUND')
    await expectAppError(retractSource({ actor: reviewer, workspaceId, sourceId: source.id, note: 'Withdrawn' }), 'FORBIDDEN')
    expect((await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe('China customs: trade with Russia, 2024')
  })

  it('updates at the version last seen, logging before and after, and refuses a stale one', async () => {
    const { source } = await createSource({ actor: reviewer, workspaceId, ...CUSTOMS })
    const updated = await updateSource({ actor: reviewer, workspaceId, sourceId: source.id, version: 1, title: 'GACC 2024', reliability: 4, publisher: '' })
    expect(updated).toMatchObject({ title: 'GACC 2024', reliability: 4, publisher: null, version: 2, url: source.url })
    await expectAppError(updateSource({ actor: reviewer, workspaceId, sourceId: source.id, version: 1, title: 'Stale' }), 'CONFLICT')
    expect((await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe('GACC 2024')
    const event = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: source.id, action: 'source.updated' } })
    expect(event.before).toMatchObject({ title: 'China customs: trade with Russia, 2024', reliability: null })
    expect(event.after).toMatchObject({ title: 'GACC 2024', reliability: 4 })
  })
})

describe('evidence', () => {
  it('reads each item exactly as toEvidenceView shapes the Prisma rows', async () => {
    const { source } = await createSource({ actor: owner, workspaceId, ...CUSTOMS, type: 'OFFICIAL_STATISTICS', reliability: 4 })
    const { source: other } = await createSource({ actor: owner, workspaceId, url: 'https://news.example.com/b', title: 'A story' })
    await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion in 2024.', locator: 'Table 2', figure: '$113.5 billion' })
    await addEvidence({ actor: owner, workspaceId, claimId, sourceId: other.id, stance: 'CONTRADICTS', quote: 'Trade fell to $98 billion.', figure: '$98 billion', quantityPosition: 0 })
    await addEvidence({ actor: owner, workspaceId, claimId, sourceId: other.id, stance: 'CONTEXT', quote: 'Officials were pleased.' })
    await retractSource({ actor: owner, workspaceId, sourceId: other.id, note: 'Withdrawn.' })

    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, include: { quantities: true } })
    const rows = await getDb().evidence.findMany({ where: { claimId, removedAt: null }, include: { source: true, quoteSnapshot: { select: QUOTE_SNAPSHOT_SELECT } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    // Their first snapshots are still waiting for the job queue.
    const expected = rows.map((row) => toEvidenceView(row, claim.quantities, 'PENDING'))
    expect(expected.map((item) => item.quoteCheck.label)).toEqual(['Source not archived yet', 'Source not archived yet', 'Source not archived yet'])
    expect(expected.filter((item) => item.comparison)).toHaveLength(2)
    expect(await findEvidence({ actor: viewer, workspaceId, claimId })).toEqual(expected)
  })

  it('compares the figure a source gives with the claim, end to end', async () => {
    const { source } = await createSource({ actor: reviewer, workspaceId, ...CUSTOMS })
    const added = await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Bilateral trade totalled $113.5 billion in 2024.', locator: 'Table 2', figure: '$113.5 billion' })
    expect(added).toMatchObject({ stance: 'SUPPORTS', locator: 'Table 2', comparison: { kind: 'matches' }, source: { id: source.id, isRetracted: false } })
    await addEvidence({ actor: owner, workspaceId, claimId, sourceId: source.id, stance: 'CONTRADICTS', quote: 'Trade fell to $98 billion.', figure: '$98 billion', quantityPosition: 0 })
    const listed = await findEvidence({ actor: viewer, workspaceId, claimId })
    expect(listed.map((item) => item.comparison)).toEqual([{ kind: 'matches' }, { kind: 'differs', percent: '-12.2' }])
    expect(await activity(added.id)).toEqual(['evidence.added'])
  })

  it('keeps viewers and other workspaces out, also with foreign claim or source ids', async () => {
    const { source } = await createSource({ actor: owner, workspaceId, ...CUSTOMS })
    const foreign = (await createSource({ actor: outsider, workspaceId: outsider.workspaceId, ...CUSTOMS })).source
    const quote = 'Trade totalled $113.5 billion.'
    await expectAppError(addEvidence({ actor: viewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote }), 'FORBIDDEN')
    await expectAppError(addEvidence({ actor: outsider, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote }), 'NOT_FOUND')
    // Their own workspace, our claim; our workspace, their source.
    await expectAppError(addEvidence({ actor: outsider, workspaceId: outsider.workspaceId, claimId, sourceId: foreign.id, stance: 'SUPPORTS', quote }), 'NOT_FOUND')
    await expectAppError(addEvidence({ actor: owner, workspaceId, claimId, sourceId: foreign.id, stance: 'SUPPORTS', quote }), 'NOT_FOUND')
    await expectAppError(findEvidence({ actor: outsider, workspaceId: outsider.workspaceId, claimId }), 'NOT_FOUND')
    const bad = await expectAppError(addEvidence({ actor: owner, workspaceId, claimId, sourceId: source.id, stance: 'MAYBE', quote: '' }), 'INVALID_INPUT')
    expect(bad.fields.map((field) => field.field).sort()).toEqual(['quote', 'stance'])
    expect(await getDb().evidence.count({ where: { claimId } })).toBe(0)
  })

  it('refuses new evidence from a retracted source, and flags the old', async () => {
    const { source } = await createSource({ actor: owner, workspaceId, ...CUSTOMS })
    await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.' })
    await retractSource({ actor: owner, workspaceId, sourceId: source.id, note: 'Revised figures published in March' })
    const error = await expectAppError(addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Again.' }), 'INVALID_INPUT')
    expect(error.fields).toEqual([{ field: 'sourceId', message: 'is retracted' }])
    const [listed] = await findEvidence({ actor: viewer, workspaceId, claimId })
    expect(listed!.source).toMatchObject({ isRetracted: true, retractionNote: 'Revised figures published in March' })
    expect(await activity(source.id)).toEqual(['source.created', 'source.retracted'])
  })

  it('removes evidence softly at the version last seen', async () => {
    const { source } = await createSource({ actor: owner, workspaceId, ...CUSTOMS })
    const added = await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.' })
    await expectAppError(removeEvidence({ actor: viewer, workspaceId, evidenceId: added.id, version: 1 }), 'FORBIDDEN')
    await expectAppError(removeEvidence({ actor: reviewer, workspaceId, evidenceId: added.id, version: 7 }), 'CONFLICT')
    // Through another claim's URL, or another workspace, the evidence is not there.
    await expectAppError(removeEvidence({ actor: reviewer, workspaceId, claimId: 'another-claim', evidenceId: added.id, version: 1 }), 'NOT_FOUND')
    await expectAppError(removeEvidence({ actor: outsider, workspaceId: outsider.workspaceId, evidenceId: added.id, version: 1 }), 'NOT_FOUND')
    await removeEvidence({ actor: reviewer, workspaceId, claimId, evidenceId: added.id, version: 1 })
    expect(await findEvidence({ actor: viewer, workspaceId, claimId })).toEqual([])
    expect((await getDb().evidence.findUniqueOrThrow({ where: { id: added.id } })).removedAt).not.toBeNull()
    await expectAppError(removeEvidence({ actor: reviewer, workspaceId, evidenceId: added.id, version: 2 }), 'NOT_FOUND')
    expect(await activity(added.id)).toEqual(['evidence.added', 'evidence.removed'])
  })

  it('will not delete a cited source, but deletes one never cited', async () => {
    const { source } = await createSource({ actor: owner, workspaceId, ...CUSTOMS })
    await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.' })
    const error = await expectAppError(deleteSource({ actor: owner, workspaceId, sourceId: source.id, version: 1 }), 'CONFLICT')
    expect(error.message).toBe('This source is cited as evidence by 1 claim: mark it retracted instead')
    expect(await getDb().source.findUnique({ where: { id: source.id } })).toMatchObject({ version: 1, retractedAt: null })
    expect(await activity(source.id)).toEqual(['source.created'])

    const unused = (await createSource({ actor: owner, workspaceId, url: 'https://example.org/typo', title: 'Typo' })).source
    await expectAppError(deleteSource({ actor: reviewer, workspaceId, sourceId: unused.id, version: 1 }), 'FORBIDDEN')
    await expectAppError(deleteSource({ actor: owner, workspaceId, sourceId: unused.id, version: 2 }), 'CONFLICT')
    await deleteSource({ actor: owner, workspaceId, sourceId: unused.id, version: 1 })
    expect(await getDb().source.findUnique({ where: { id: unused.id } })).toBeNull()
    expect(await activity(unused.id)).toEqual(['source.created', 'source.deleted'])
  })
})
