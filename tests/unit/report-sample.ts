// A small report model with hostile text in every field a user can write, for the
// renderer tests (HTML, Markdown, CSV).
import type { ReportClaim, ReportModel } from '@/lib/reports/report-model'
import { buildSummary } from '@/lib/reports/build-summary'

export const SNAPSHOT_SHA256 = 'a'.repeat(64)

const verified: ReportClaim = {
  id: 'claim-1',
  quote: 'Trade reached over $110 billion in 2024 <script>alert("x")</script>.',
  context: { before: 'China-Russia trade *grew* quickly. ', after: ' The minister | called it a "triumph".' },
  start: 33,
  end: 98,
  kind: 'STATISTIC',
  status: 'VERIFIED',
  verdict: 'ACCURATE',
  verdictLabel: 'Accurate',
  ratingValue: 5,
  confidence: '4.50',
  finalisedBy: { rule: 'workflow', overrideReason: null, by: 'Olga', at: '2026-11-02T10:00:00.000Z' },
  quantities: [{ text: 'over $110 billion', value: '110000000000', valueMax: null, unit: 'USD', qualifier: 'over', year: 2024, formatted: 'over 110,000,000,000 USD · in 2024' }],
  evidence: [
    {
      stance: 'SUPPORTS',
      quote: 'Trade totalled $113.5 billion, a "record".',
      locator: 'Table 3',
      figure: '$113.5 billion',
      comparison: { kind: 'matches' },
      comparisonLabel: 'matches',
      addedBy: 'Rita',
      at: '2026-11-01T09:00:00.000Z',
      source: { url: 'https://customs.example.gov/stats?year=2024&a=1', title: 'China customs [2024]', publisher: 'GACC', author: null, publishedAt: '2025-01-13', accessedAt: '2026-11-01', archiveUrl: 'https://web.archive.org/web/2025/https://customs.example.gov/stats', type: 'OFFICIAL_STATISTICS', reliability: 5, isRetracted: false, retractionNote: null },
      quoteLocation: {
        state: 'found',
        label: 'Quote found on page 12',
        isFlagged: false,
        page: 12,
        endPage: 12,
        paragraph: 40,
        snapshot: { number: 2, sha256: SNAPSHOT_SHA256, textSha256: 'b'.repeat(64), archivedAt: '2026-11-01T08:00:00.000Z' },
        target: {
          source: 'urn:claimtrack:source:src-1:snapshot:2',
          selector: [
            { type: 'TextQuoteSelector', exact: 'Trade totalled $113.5 billion, a "record".', prefix: 'Table 3. ', suffix: ' Imports' },
            { type: 'TextPositionSelector', start: 5120, end: 5162 },
            { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=12' },
          ],
        },
        path: '/w/ws-1/sources/src-1?snapshot=2&at=5120-5162',
      },
      figureCheck: { origin: 'quote', text: '$113.5 billion', summary: 'source says $113.5 billion on p. 12' },
    },
    {
      stance: 'CONTEXT',
      quote: '=HYPERLINK("http://evil.example","click")',
      locator: null,
      figure: '-5%',
      comparison: { kind: 'differs', percent: '-8.2' },
      comparisonLabel: 'differs by -8.2%',
      addedBy: 'Mallory',
      at: '2026-11-01T09:30:00.000Z',
      source: { url: 'javascript:alert(1)', title: '@SUM(A1:A9)', publisher: null, author: null, publishedAt: null, accessedAt: null, archiveUrl: null, type: 'OTHER', reliability: null, isRetracted: true, retractionNote: 'Withdrawn, see erratum' },
      quoteLocation: {
        state: 'not-found',
        label: 'Quote not found in the source as archived on 1 Nov 2026',
        isFlagged: true,
        page: null,
        endPage: null,
        paragraph: null,
        snapshot: { number: 1, sha256: 'c'.repeat(64), textSha256: 'd'.repeat(64), archivedAt: '2026-11-01T09:00:00.000Z' },
        target: null,
        path: '/w/ws-1/sources/src-2?snapshot=1',
      },
      figureCheck: { origin: 'typed', text: '-5%', summary: 'figure typed by the reviewer: -5%' },
    },
  ],
  ratings: [
    { reviewer: 'Rita', verdict: 'ACCURATE', verdictLabel: 'Accurate', confidence: 4, rationale: 'Customs data agree,\r\nsee table 3.', at: '2026-11-01T08:00:00.000Z' },
    { reviewer: 'Olga', verdict: 'ACCURATE', verdictLabel: 'Accurate', confidence: 5, rationale: '# Looks right [link](javascript:alert(1))', at: '2026-11-01T08:30:00.000Z' },
  ],
  comments: [{ author: 'Rita', body: 'Is 2024 the _calendar_ year? <img src=x onerror=alert(1)>', at: '2026-11-01T08:10:00.000Z', replies: [{ author: 'Olga', body: 'Yes.', at: '2026-11-01T08:20:00.000Z' }] }],
}

const overridden: ReportClaim = {
  ...verified,
  id: 'claim-2',
  quote: '-5 sanctions, +3 = 15,000 @ 2022',
  context: { before: '', after: '' },
  start: 120,
  end: 150,
  kind: 'FACTUAL',
  verdict: 'MISLEADING',
  verdictLabel: 'Misleading',
  ratingValue: 3,
  confidence: null,
  finalisedBy: { rule: 'override', overrideReason: 'The tracker is authoritative, see "notes"', by: 'Olga', at: '2026-11-03T10:00:00.000Z' },
  quantities: [{ text: 'minus 5', value: '-5', valueMax: '-2.5', unit: 'count', qualifier: null, year: null, formatted: '−5' }],
  evidence: [],
  ratings: [],
  comments: [],
}

export function sampleReport(overrides: Partial<ReportModel> = {}): ReportModel {
  // A fresh copy each time: tests change it.
  const claims = structuredClone([verified, overridden])
  return {
    modelVersion: 1,
    title: 'Desk <review> & "checks"',
    generatedAt: '2026-11-28T12:00:00.000Z',
    workspace: { id: 'ws-1', name: 'Desk' },
    options: { scope: 'verified', includeComments: true, includeAuditAppendix: true },
    documents: [
      {
        id: 'doc-1',
        title: 'Trade | *report*',
        author: 'A. Writer',
        publisher: null,
        publishedAt: '2025-02-01',
        sourceUrl: 'https://news.example.com/trade',
        revision: { id: 'rev-1', number: 2, contentHash: 'abc123', createdAt: '2026-10-30T00:00:00.000Z' },
        claims,
      },
    ],
    summary: buildSummary(claims),
    methodology: { selection: 'Claims were extracted.', checking: 'Two reviewers.', thresholds: { verifyMinRatings: 2, verifyMinAgreement: '0.67', verifyRequiresStrongEvidence: true } },
    corrections: [{ claimId: 'claim-2', quote: overridden.quote, from: 'ACCURATE', to: 'MISLEADING', reason: 'New <data>', by: 'Olga', at: '2026-11-03T10:00:00.000Z' }],
    audit: [{ at: '2026-10-30T00:00:00.000Z', actor: 'Olga', action: 'document.created', summary: 'created the document', claimId: null, documentId: 'doc-1' }],
    ...overrides,
  }
}
