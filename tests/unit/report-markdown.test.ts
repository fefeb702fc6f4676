import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { buildSummary } from '@/lib/reports/build-summary'
import { renderReportMarkdown } from '@/lib/reports/render-markdown'
import { mdLink, mdTable, mdText } from '@/lib/reports/render-markdown-text'
import { sampleReport } from './report-sample'

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
