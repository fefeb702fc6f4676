import path from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { fitText, canDrawWinAnsi } from '@/lib/reports/pdf-text'
import type { ReportClaim, ReportModel } from '@/lib/reports/report-model'
import { renderReportPdf } from '@/lib/reports/render-pdf'

// pdf.js reads the metrics of the 14 standard fonts from here (else it warns on every page).
const STANDARD_FONTS = `${path.resolve('node_modules/pdfjs-dist/standard_fonts')}/`
const HASH = 'a3f1c9e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6'

const claim = (index: number, overrides: Partial<ReportClaim> = {}): ReportClaim => ({
  id: `c${index}`,
  quote: `Trade grew from $8 billion in 2014 to over $${100 + index} billion in 2024.`,
  context: { before: 'Economic ties deepened after the sanctions.', after: 'Most of it was energy.' },
  start: index * 100,
  end: index * 100 + 60,
  kind: 'STATISTIC',
  status: 'VERIFIED',
  verdict: 'MISLEADING',
  verdictLabel: 'Misleading',
  ratingValue: 3,
  confidence: '4.50',
  finalisedBy: { rule: 'override', overrideReason: 'Customs data disagree', by: 'Ed Editor', at: '2026-03-02T10:00:00.000Z' },
  quantities: [{ text: `over $${100 + index} billion`, value: `${100 + index}000000000`, valueMax: null, unit: 'USD', qualifier: 'over', year: 2024, formatted: `over ${100 + index},000,000,000 USD · in 2024` }],
  evidence: [
    {
      stance: 'CONTRADICTS',
      quote: 'Bilateral trade stood at $88 billion.',
      locator: 'Table 3',
      figure: '$88 billion',
      comparison: { kind: 'differs', percent: '-25.0' },
      comparisonLabel: 'differs by -25.0%',
      addedBy: 'Rita Reviewer',
      at: '2026-03-01T09:00:00.000Z',
      source: { url: 'https://stats.example.org/trade/2024', title: 'Customs yearbook', publisher: 'Customs Service', author: null, publishedAt: '2025-02-01', accessedAt: '2026-03-01', archiveUrl: 'https://web.archive.org/web/2026/https://stats.example.org/trade/2024', type: 'OFFICIAL_STATISTICS', reliability: 4, isRetracted: false, retractionNote: null },
      quoteLocation: {
        state: 'found',
        label: 'Quote found on page 12',
        isFlagged: false,
        page: 12,
        endPage: 12,
        paragraph: 31,
        snapshot: { number: 1, sha256: 'e'.repeat(64), textSha256: 'f'.repeat(64), archivedAt: '2026-03-01T08:00:00.000Z' },
        target: null,
        path: `/w/ws/sources/src?snapshot=1&at=${index}-40`,
      },
      figureCheck: { origin: 'quote', text: '$88 billion', summary: 'source says $88 billion on p. 12' },
    },
    {
      stance: 'CONTEXT',
      quote: 'Internal memo.',
      locator: null,
      figure: null,
      comparison: null,
      comparisonLabel: null,
      addedBy: 'Rita Reviewer',
      at: '2026-03-01T09:00:00.000Z',
      source: { url: 'javascript:alert(1)', title: 'Not a web link', publisher: null, author: null, publishedAt: null, accessedAt: null, archiveUrl: null, type: 'PRIMARY_DATA', reliability: null, isRetracted: false, retractionNote: null },
    },
  ],
  ratings: [{ reviewer: 'Rita Reviewer', verdict: 'MISLEADING', verdictLabel: 'Misleading', confidence: 4, rationale: 'Counts re-exports twice.', at: '2026-03-01T10:00:00.000Z' }],
  comments: [{ author: 'Rita Reviewer', body: 'See the customs table.', at: '2026-03-01T11:00:00.000Z', replies: [{ author: 'Ed Editor', body: 'Agreed.', at: '2026-03-01T12:00:00.000Z' }] }],
  ...overrides,
})

function reportWith(claims: ReportClaim[], title = 'China–Russia trade: “the numbers” checked'): ReportModel {
  return {
    modelVersion: 1,
    title,
    generatedAt: '2026-03-03T08:00:00.000Z',
    workspace: { id: 'w1', name: 'The Desk' },
    options: { scope: 'all', includeComments: true, includeAuditAppendix: true },
    documents: [{ id: 'd1', title: 'China and Russia', author: 'Jane Writer', publisher: 'The Paper', publishedAt: '2025-01-10', sourceUrl: 'https://paper.example/article', revision: { id: 'rev_1', number: 2, contentHash: 'ab12', createdAt: '2025-01-11T00:00:00.000Z' }, claims }],
    summary: {
      claimCount: claims.length,
      byVerdict: [
        { verdict: 'ACCURATE', label: 'Accurate', count: 0 },
        { verdict: 'MISLEADING', label: 'Misleading', count: claims.length },
        { verdict: 'NONE', label: 'No verdict', count: 0 },
      ],
      byStatus: [{ status: 'VERIFIED', count: claims.length }],
    },
    methodology: { selection: 'Every check-worthy sentence.', checking: 'Two reviewers agree.', thresholds: { verifyMinRatings: 2, verifyMinAgreement: '0.67', verifyRequiresStrongEvidence: true } },
    corrections: [{ claimId: 'c1', quote: 'Trade grew', from: 'ACCURATE', to: 'MISLEADING', reason: 'New customs data', by: 'Ed Editor', at: '2026-03-02T10:00:00.000Z' }],
    audit: [{ at: '2026-03-01T09:00:00.000Z', actor: 'Rita Reviewer', action: 'evidence.add', summary: 'Added evidence', claimId: 'c1', documentId: 'd1' }],
  }
}

async function readPdf(buffer: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS }).promise
  let text = ''
  const links: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('') + '\n'
    for (const annotation of await page.getAnnotations()) if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url as string)
  }
  return { text: text.replace(/\s+/g, ' '), links, pageCount: pdf.numPages }
}

describe.each(['standard', 'auto'] as const)('renderReportPdf (%s fonts)', (fonts) => {
  it('writes a real PDF whose text and links read back', async () => {
    const buffer = await renderReportPdf(reportWith([claim(1), claim(2, { verdict: null, verdictLabel: null, ratingValue: null, finalisedBy: null, status: 'IN_REVIEW' })]), HASH, { fonts })
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-')
    const { text, links } = await readPdf(buffer)
    expect(text).toContain('China–Russia trade: “the numbers” checked')
    expect(text).toContain(HASH)
    expect(text).toContain('Trade grew from $8 billion in 2014 to over $101 billion in 2024.')
    expect(text).toContain('Misleading')
    expect(text).toContain('No verdict')
    expect(text).toContain('source says $88 billion on p. 12 — differs by -25.0%')
    expect(text).toContain(`In the source: p. 12, archived 2026-03-01 (snapshot 1, SHA-256 ${'e'.repeat(64)})`)
    expect(text).toContain('Customs data disagree')
    expect(text).toContain('rev_1')
    expect(text).toContain('Audit appendix')
    expect(links).toContain('https://stats.example.org/trade/2024')
    expect(links).toContain('https://web.archive.org/web/2026/https://stats.example.org/trade/2024')
    // Only http(s) becomes a link; the other URL is printed as text.
    expect(links.some((url) => url.startsWith('javascript'))).toBe(false)
    expect(text).toContain('javascript:alert(1)')
  })

  it('renders an empty report', async () => {
    const { text } = await readPdf(await renderReportPdf(reportWith([]), HASH, { fonts }))
    expect(text).toContain('0 claims in this report')
    expect(text).toContain(HASH)
  })

  it('never drops characters the font cannot draw', async () => {
    const buffer = await renderReportPdf(reportWith([claim(1, { quote: 'Budget of 5 трлн ₽ (≈ $55 bn) for 中国 partners.' })]), HASH, { fonts })
    const { text } = await readPdf(buffer)
    if (fonts === 'standard') expect(text).toContain('Budget of 5 [U+0442][U+0440][U+043B][U+043D] RUB (~ $55 bn) for [U+4E2D][U+56FD] partners.')
    else expect(text).toMatch(/Budget of 5 (трлн|\[U\+0442\]).* (₽|RUB) \((≈|~) \$55 bn\) for \[U\+4E2D\]\[U\+56FD\] partners\./)
  })
})

describe('fitText', () => {
  it('keeps WinAnsi typography and stands in for the rest', () => {
    expect(fitText('“quoted” – 5 € … ×2', canDrawWinAnsi)).toBe('“quoted” – 5 € … ×2')
    expect(fitText('≥ 10 ₽ − ő', canDrawWinAnsi)).toBe('>= 10 RUB - o')
    expect(fitText('a\u0007b', canDrawWinAnsi)).toBe('ab')
  })
})

it('renders a 500-claim report in under 15 s', async () => {
  const claims = Array.from({ length: 500 }, (_, index) => claim(index + 1))
  const started = performance.now()
  const buffer = await renderReportPdf(reportWith(claims), HASH)
  const seconds = (performance.now() - started) / 1000
  console.info(`[report-pdf] 500 claims: ${seconds.toFixed(2)} s, ${(buffer.length / 1024).toFixed(0)} KB`)
  expect(seconds).toBeLessThan(15)
  const { pageCount, text } = await readPdf(buffer)
  expect(pageCount).toBeGreaterThan(50)
  expect(text).toContain('over $600 billion in 2024')
}, 60_000)
