import { beforeEach, describe, expect, it } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { getDb } from '@/lib/db/client'
import { countQueries } from '@/lib/db/query-counter'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { addMember } from '../support/members'
import { buildReport } from '@/lib/reports/build-report'
import { reportContentHash } from '@/lib/reports/report-hash'
import { renderReportCsv } from '@/lib/reports/render-csv'
import { renderReportHtml } from '@/lib/reports/render-html'
import { renderReportMarkdown } from '@/lib/reports/render-markdown'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { uploadSnapshot } from '@/lib/snapshots/create-snapshot'
import { runSnapshotJob } from '@/lib/snapshots/run-snapshot-job'
import { createSource } from '@/lib/sources/create-source'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = [
  'China-Russia trade grew quickly. Trade reached over $110 billion in 2024.',
  'The minister called it a triumph. Sanctions number over 15,000 since 2022.',
  'Investment in quantum technologies exceeded $15.3 billion.',
].join('\n')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let reviewer: User
let outsider: User
let workspaceId: string
let documentId: string
let claimIds: { trade: string; sanctions: string; quantum: string }

const ALL = { scope: 'all', includeComments: true, includeAuditAppendix: true } as const
const VERIFIED_ONLY = { scope: 'verified', includeComments: false, includeAuditAppendix: false } as const

async function versionOf(claimId: string) {
  return (await getDb().claim.findUniqueOrThrow({ where: { id: claimId } })).version
}

beforeEach(async () => {
  ;[owner, reviewer, outsider] = await Promise.all([createUser('Olga'), createUser('Rita'), createUser('outsider')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  ;({ id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Trade <b>report</b>', author: 'A. Writer', text: TEXT }))
  const claims = await findClaims({ actor: owner, workspaceId, documentId })
  const find = (words: string) => claims.find((claim) => claim.quote.includes(words))!.id
  claimIds = { trade: find('$110 billion'), sanctions: find('15,000'), quantum: find('quantum') }
})

// Trade: verified by the workflow's rules (two agreeing ratings, official evidence).
// Sanctions: verified by an editor's override. Quantum: rated once, still in review.
async function review() {
  const { trade, sanctions, quantum } = claimIds
  await rateClaim({ actor: reviewer, workspaceId, claimId: trade, verdict: 'ACCURATE', confidence: 4, rationale: 'Customs data agree.' })
  await rateClaim({ actor: owner, workspaceId, claimId: trade, verdict: 'ACCURATE', confidence: 5, rationale: 'Checked the table.' })
  const { source } = await createSource({ actor: reviewer, workspaceId, url: 'https://customs.example.gov/stats/2024', title: 'China customs, 2024', type: 'OFFICIAL_STATISTICS', publisher: 'GACC' })
  await addEvidence({ actor: reviewer, workspaceId, claimId: trade, sourceId: source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.', locator: 'Table 3', figure: '$113.5 billion' })
  await setClaimStatus({ actor: owner, workspaceId, claimId: trade, version: await versionOf(trade), status: 'VERIFIED', verdict: 'ACCURATE' })
  await rateClaim({ actor: reviewer, workspaceId, claimId: sanctions, verdict: 'MISLEADING', confidence: 3, rationale: 'Counts listings, not sanctions.' })
  await setClaimStatus({ actor: owner, workspaceId, claimId: sanctions, version: await versionOf(sanctions), status: 'VERIFIED', verdict: 'MISLEADING', overrideReason: 'The sanctions tracker is authoritative here.' })
  await rateClaim({ actor: reviewer, workspaceId, claimId: quantum, verdict: 'UNVERIFIABLE', confidence: 2, rationale: 'No public data.' })
  await createComment({ actor: reviewer, workspaceId, documentId, claimId: trade, body: 'Is 2024 the calendar year?' })
}

describe('buildReport', () => {
  it('builds the report of verified claims in document order, with context, ratings, evidence and how each became final', async () => {
    await review()
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: VERIFIED_ONLY })
    expect(report).toMatchObject({ modelVersion: 1, title: 'Claim report: Trade <b>report</b>', workspace: { id: workspaceId }, options: VERIFIED_ONLY, audit: [] })
    const [document] = report.documents
    expect(document).toMatchObject({ id: documentId, author: 'A. Writer', revision: { number: 1 } })
    expect(document!.claims.map((claim) => claim.id)).toEqual([claimIds.trade, claimIds.sanctions])
    const [trade, sanctions] = document!.claims
    expect(trade).toMatchObject({
      quote: 'Trade reached over $110 billion in 2024.',
      context: { before: 'China-Russia trade grew quickly. ', after: ' The minister called it a triumph. Sanctions number over 15,000 since 2022. Investment in quantum technologies exceeded $15.3 billion.' },
      status: 'VERIFIED',
      verdict: 'ACCURATE',
      verdictLabel: 'Accurate',
      ratingValue: 5,
      confidence: '4.50',
      finalisedBy: { rule: 'workflow', overrideReason: null, by: 'Olga' },
      quantities: [{ text: 'over $110 billion', value: '110000000000', unit: 'XDL', qualifier: 'over', year: 2024 }],
      comments: [],
    })
    expect(trade!.ratings.map((rating) => [rating.reviewer, rating.verdictLabel, rating.confidence])).toEqual([['Rita', 'Accurate', 4], ['Olga', 'Accurate', 5]])
    expect(trade!.evidence).toEqual([
      expect.objectContaining({ stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.', locator: 'Table 3', comparison: { kind: 'matches' }, comparisonLabel: 'matches', addedBy: 'Rita', source: expect.objectContaining({ title: 'China customs, 2024', publisher: 'GACC', type: 'OFFICIAL_STATISTICS', isRetracted: false }) }),
    ])
    expect(sanctions).toMatchObject({ verdict: 'MISLEADING', ratingValue: 3, confidence: '3.00', finalisedBy: { rule: 'override', overrideReason: 'The sanctions tracker is authoritative here.', by: 'Olga' } })
    expect(report.summary.claimCount).toBe(2)
    expect(report.summary.byVerdict.map((entry) => [entry.verdict, entry.count])).toEqual([['ACCURATE', 1], ['ACCURATE_WITH_CAVEATS', 0], ['MISLEADING', 1], ['INACCURATE', 0], ['FALSE', 0], ['UNVERIFIABLE', 0], ['NONE', 0]])
    expect(report.summary.byStatus).toEqual([{ status: 'UNREVIEWED', count: 0 }, { status: 'IN_REVIEW', count: 0 }, { status: 'READY', count: 0 }, { status: 'VERIFIED', count: 2 }])
    expect(report.methodology.thresholds).toEqual({ verifyMinRatings: 2, verifyMinAgreement: '0.67', verifyRequiresStrongEvidence: true })
    expect(report.methodology.checking).toContain('at least 2 reviewers')
    expect(report.methodology.checking).toContain('67%')
  })

  it("carries each quote's place in the archived source, and its hash covers the snapshots' hashes", { timeout: 30_000 }, async () => {
    await review()
    const sourceId = (await getDb().source.findFirstOrThrow({ where: { workspaceId } })).id
    const pending = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: VERIFIED_ONLY })
    expect(pending.documents[0]!.claims[0]!.evidence[0]!.quoteLocation).toMatchObject({ state: 'pending', label: 'Source not archived yet', snapshot: null, target: null })
    const bytes = new TextEncoder().encode('China customs, 2024\nTable 3\nTrade totalled $113.5 billion.')
    const upload = await uploadSnapshot({ actor: owner, workspaceId, sourceId, filename: 'customs.txt', bytes })
    expect(await runSnapshotJob(upload.id)).toBe('done')
    const snapshot = await getDb().sourceSnapshot.findUniqueOrThrow({ where: { id: upload.id } })
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: VERIFIED_ONLY })
    const [evidence] = report.documents[0]!.claims[0]!.evidence
    expect(evidence!.quoteLocation).toEqual({
      state: 'found',
      label: 'Quote found (paragraph 3)',
      isFlagged: false,
      page: null,
      endPage: null,
      paragraph: 3,
      snapshot: { number: 2, sha256: snapshot.sha256, textSha256: snapshot.textSha256, archivedAt: snapshot.createdAt.toISOString() },
      target: {
        source: `urn:claimtrack:source:${sourceId}:snapshot:2`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Trade totalled $113.5 billion.', prefix: 'China customs, 2024\nTable 3\n', suffix: '' },
          { type: 'TextPositionSelector', start: 28, end: 58 },
        ],
      },
      path: `/w/${workspaceId}/sources/${sourceId}?snapshot=2&at=28-58`,
    })
    expect(evidence!.figureCheck).toEqual({ origin: 'quote', text: '$113.5 billion', summary: 'source says $113.5 billion in paragraph 3' })
    expect(renderReportMarkdown(report, reportContentHash(report))).toContain(`In the source: para. 3, archived ${snapshot.createdAt.toISOString().slice(0, 10)} (snapshot 2, SHA-256 ${snapshot.sha256})`)
    // Another version of the source (other bytes) is another report.
    await getDb().sourceSnapshot.update({ where: { id: snapshot.id }, data: { sha256: 'f'.repeat(64) } })
    const again = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: VERIFIED_ONLY })
    expect(reportContentHash(again)).not.toBe(reportContentHash(report))
  })

  it('with scope all, lists every current claim with its status, comments and the audit appendix', async () => {
    await review()
    const report = await buildReport({ actor: reviewer, workspaceId, documentIds: [documentId], options: ALL, title: '  Desk review  ' })
    expect(report.title).toBe('Desk review')
    const claims = report.documents[0]!.claims
    expect(claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(Object.values(claimIds)))
    expect(claims.map((claim) => claim.start)).toEqual([...claims.map((claim) => claim.start)].sort((a, b) => a - b))
    const quantum = claims.find((claim) => claim.id === claimIds.quantum)!
    expect(quantum).toMatchObject({ status: 'IN_REVIEW', verdict: null, finalisedBy: null, confidence: '2.00' })
    expect(claims.find((claim) => claim.id === claimIds.trade)!.comments).toEqual([expect.objectContaining({ author: 'Rita', body: 'Is 2024 the calendar year?', replies: [] })])
    const none = report.summary.byVerdict.find((entry) => entry.verdict === 'NONE')!
    expect(none.count).toBe(claims.length - 2)
    const actions = report.audit.map((entry) => entry.action)
    expect(actions[0]).toBe('document.created')
    expect(actions).toContain('claim.status_changed')
    expect(report.audit.find((entry) => entry.action === 'rating.added')).toMatchObject({ actor: 'Rita', summary: expect.stringContaining('accurate') })
    expect(report.audit.map((entry) => entry.at)).toEqual([...report.audit.map((entry) => entry.at)].sort())
  })

  it('logs a verdict changed after verification as a correction, with its reason', async () => {
    await review()
    const { sanctions } = claimIds
    await setClaimStatus({ actor: owner, workspaceId, claimId: sanctions, version: await versionOf(sanctions), status: 'VERIFIED', verdict: 'FALSE', overrideReason: 'The tracker revised its count downwards.' })
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: VERIFIED_ONLY })
    expect(report.corrections).toEqual([
      { claimId: sanctions, quote: 'Sanctions number over 15,000 since 2022.', from: 'MISLEADING', to: 'FALSE', reason: 'The tracker revised its count downwards.', by: 'Olga', at: expect.any(String) },
    ])
  })

  it('gives the same content hash for the same data, whatever the time of export', async () => {
    await review()
    const first = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: ALL })
    const second = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: ALL })
    expect(reportContentHash(first)).toBe(reportContentHash(second))
    await rateClaim({ actor: reviewer, workspaceId, claimId: claimIds.trade, verdict: 'ACCURATE_WITH_CAVEATS', confidence: 4, rationale: 'Rounded.' })
    const third = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: ALL })
    expect(reportContentHash(third)).not.toBe(reportContentHash(first))
  })

  it('renders the built report as HTML, Markdown and CSV', async () => {
    await review()
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: ALL })
    const hash = reportContentHash(report)
    const html = renderReportHtml(report, hash)
    expect(html).toContain(hash)
    expect(html).toContain('<title>Claim report: Trade &lt;b&gt;report&lt;/b&gt;</title>')
    expect(html).toContain('<a href="https://customs.example.gov/stats/2024" rel="noopener noreferrer nofollow">China customs, 2024</a>')
    expect(html).toContain('The sanctions tracker is authoritative here.')
    const markdown = renderReportMarkdown(report, hash)
    expect(markdown).toContain('# Claim report: Trade \\<b\\>report\\</b\\>')
    expect(markdown).toContain('[China customs, 2024](https://customs.example.gov/stats/2024)')
    const { claims, quantities } = renderReportCsv(report)
    expect(claims.split('\r\n')).toHaveLength(report.summary.claimCount + 2)
    expect(quantities).toContain('110000000000')
  })

  it('gives a valid empty report when nothing is verified', async () => {
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: VERIFIED_ONLY })
    expect(report.documents).toHaveLength(1)
    expect(report.documents[0]!.claims).toEqual([])
    expect(report.summary.claimCount).toBe(0)
    expect(report.summary.byVerdict.every((entry) => entry.count === 0)).toBe(true)
    expect(report.corrections).toEqual([])
  })

  it("refuses other workspaces' documents and non-members, and names bad input", async () => {
    const { id: foreignDocument } = await createDocument({ actor: outsider, workspaceId: outsider.workspaceId, title: 'Theirs', text: TEXT })
    await expectAppError(buildReport({ actor: owner, workspaceId, documentIds: [documentId, foreignDocument], options: ALL }), 'NOT_FOUND')
    await expectAppError(buildReport({ actor: outsider, workspaceId, documentIds: [documentId], options: ALL }), 'NOT_FOUND')
    const empty = await expectAppError(buildReport({ actor: owner, workspaceId, documentIds: [], options: { scope: 'some' } }), 'INVALID_INPUT')
    expect(empty.fields.map((field) => field.field).sort()).toEqual(['documentIds', 'options.includeAuditAppendix', 'options.includeComments', 'options.scope'])
    const tooMany = await expectAppError(buildReport({ actor: owner, workspaceId, documentIds: Array.from({ length: 51 }, (_, index) => `d${index}`), options: ALL }), 'INVALID_INPUT')
    expect(tooMany.fields.map((field) => field.field)).toEqual(['documentIds'])
  })
})

describe('the report query count', () => {
  const article = (sentences: number) => Array.from({ length: sentences }, (_, index) => `Exports to market ${index + 1} rose by ${index + 2}% in 2024, to $${index + 3} billion.`).join('\n')

  it('is the same for 5 claims as for 100', async () => {
    const counts: number[] = []
    for (const sentences of [5, 100]) {
      const { id } = await createDocument({ actor: owner, workspaceId, title: `Exports ${sentences}`, text: article(sentences) })
      const claims = await getDb().claim.findMany({ where: { documentId: id } })
      await getDb().claim.updateMany({ where: { documentId: id }, data: { status: 'VERIFIED', verdict: 'ACCURATE', verdictById: owner.id, verdictAt: new Date() } })
      await getDb().rating.createMany({ data: claims.map((claim) => ({ workspaceId, claimId: claim.id, userId: reviewer.id, verdict: 'ACCURATE' as const, confidence: 4, rationale: 'ok' })) })
      const { result, queries } = await countQueries(() => buildReport({ actor: owner, workspaceId, documentIds: [id], options: ALL }))
      expect(result.documents[0]!.claims).toHaveLength(sentences)
      expect(result.documents[0]!.claims.every((claim) => claim.ratings.length === 1)).toBe(true)
      counts.push(queries)
    }
    expect(counts[0]).toBe(counts[1])
    // Includes BEGIN/COMMIT and one statement per relation loaded alongside a kind of row.
    expect(counts[1]).toBeLessThanOrEqual(24)
  })
})
