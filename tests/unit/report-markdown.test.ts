import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { buildSummary } from '@/lib/reports/build-summary'
import { renderReportMarkdown } from '@/lib/reports/render-markdown'
import { mdLink, mdTable, mdText } from '@/lib/reports/render-markdown-text'
import { SNAPSHOT_SHA256, sampleReport } from './report-sample'

const HASH = 'a'.repeat(64)
// What a forge does with it: CommonMark + GFM tables, raw HTML allowed, bare links linked.
const forge = new MarkdownIt({ html: true, linkify: true })

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(sampleReport(), HASH)
  const html = forge.render(markdown)

  it('has the title, hash, revisions, summary tables, claims, methodology, corrections and audit', () => {
    expect(markdown.startsWith('# Desk \\<review\\> \\& "checks"\n')).toBe(true)
    expect(markdown).toContain(`\`${HASH}\``)
    expect(markdown).toContain('revision 2 (`rev-1`)')
    expect(html).toContain('<h1>Desk &lt;review&gt; &amp; &quot;checks&quot;</h1>')
    expect(html).toContain('<td>Accurate</td>\n<td>1</td>')
    expect(html).toContain('<td>Misleading</td>\n<td>1</td>')
    expect(html).toContain('<h3>Claim 1: Accurate</h3>')
    expect(html).toContain('<h3>Claim 2: Misleading</h3>')
    for (const heading of ['Methodology', 'Corrections', 'Audit appendix']) expect(html).toContain(`<h2>${heading}</h2>`)
    expect(markdown).toContain("by editor's override of the workspace's rules. Reason: The tracker is authoritative")
  })

  it('renders the quote as a blockquote with the claim in bold, in its context', () => {
    expect(html).toMatch(/<blockquote>\n<p>China-Russia trade \*grew\* quickly\. <strong>Trade reached over \$110 billion in 2024 &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;\.<\/strong> The minister \| called it a &quot;triumph&quot;\.<\/p>\n<\/blockquote>/)
  })

  it('escapes user text: no raw HTML, emphasis, headings or links come through', () => {
    expect(html).not.toMatch(/<script|<img|<em>|<h1>Looks|href="javascript/i)
    expect(html).toContain('_calendar_')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('# Looks right [link](javascript:alert(1))')
  })

  it('links http(s) sources and archive copies, and prints other links as text', () => {
    expect(html).toContain('<a href="https://customs.example.gov/stats?year=2024&amp;a=1">China customs [2024]</a>')
    expect(html).toContain('<a href="https://web.archive.org/web/2025/https://customs.example.gov/stats">archived copy</a>')
    expect(html).toContain('@SUM(A1:A9) (javascript:alert(1))')
    expect(mdLink('x', 'https://example.org/a (b)')).toBe('[x](https://example.org/a%20%28b%29)')
  })

  it("gives each quote's place in the archived snapshot with its hash and a link there, and flags one not found", () => {
    const withLinks = renderReportMarkdown(sampleReport(), HASH, 'https://claims.example.org')
    expect(withLinks).toContain(`  - In the source: p. 12, archived 2026-11-01 (snapshot 2, SHA-256 ${SNAPSHOT_SHA256}) [at the quote](https://claims.example.org/w/ws-1/sources/src-1?snapshot=2&at=5120-5162)`)
    expect(withLinks).toContain(`  - **NOT FOUND in the source as archived on 2026-11-01** (snapshot 1, SHA-256 ${'c'.repeat(64)}) [the archived copy](https://claims.example.org/w/ws-1/sources/src-2?snapshot=1)`)
    expect(withLinks).toContain('  - Figure: Source says $113.5 billion on p. 12 — matches')
    expect(withLinks).toContain('  - Figure: \\-5% (as typed) — differs by -8.2%')
    // Without the app's address the place is still given, the link printed as text.
    expect(markdown).toContain('at the quote (/w/ws-1/sources/src-1?snapshot=2\\&at=5120-5162)')
  })

  it('reads a report published before quotes were located', () => {
    const older = sampleReport()
    for (const item of older.documents[0]!.claims[0]!.evidence) {
      delete item.quoteLocation
      delete item.figureCheck
    }
    const text = renderReportMarkdown(older, HASH)
    expect(text).toContain('  - Figure: $113.5 billion — matches')
    expect(text).not.toContain('In the source:')
  })

  it('escapes block starts and table pipes', () => {
    expect(forge.render(mdText('# not a heading'))).toBe('<p># not a heading</p>\n')
    expect(forge.render(mdText('- not a list'))).toBe('<p>- not a list</p>\n')
    expect(forge.render(mdText('1. not a list'))).toBe('<p>1. not a list</p>\n')
    expect(forge.render(mdText('=== '))).toBe('<p>===</p>\n')
    const table = forge.render(mdTable(['A', 'B'], [['x | y', 'z']]))
    expect(table).toContain('<td>x | y</td>\n<td>z</td>')
  })

  it('renders an empty report', () => {
    const empty = renderReportMarkdown(sampleReport({ documents: [], summary: buildSummary([]), corrections: [], audit: [] }), HASH)
    expect(empty).toContain('0 claims with a final verdict.')
    expect(empty).toContain('No verdict was changed after verification.')
  })
})
