import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ReportView } from '@/components/reports/report-view'
import { buildSummary } from '@/lib/reports/build-summary'
import { renderReportHtml, renderReportHtmlWithChart } from '@/lib/reports/render-html'
import { renderStatic } from '@/lib/reports/render-html-markup'
import { SNAPSHOT_SHA256, sampleReport } from './report-sample'

const HASH = '0123456789abcdef'.repeat(4)
const READER_LINKS = ['/w/ws-1/sources/src-1?snapshot=2&amp;at=5120-5162', '/w/ws-1/sources/src-2?snapshot=1']
const REPORT_LINKS = ['https://customs.example.gov/stats?year=2024&amp;a=1', 'https://web.archive.org/web/2025/https://customs.example.gov/stats', 'https://news.example.com/trade', ...READER_LINKS]

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')

describe('renderReportHtml', () => {
  const html = renderReportHtml(sampleReport(), HASH)

  it('is one self-contained HTML file: charset, title, inline CSS with print styles, nothing loaded from elsewhere', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>')).toBe(true)
    expect(html).toContain('<title>Desk &lt;review&gt; &amp; &quot;checks&quot;</title>')
    expect(html).toMatch(/<style>[^<]*@media print\{[^<]*break-before:page[^<]*attr\(href\)/)
    expect(html).not.toMatch(/<[^>]*\ssrc=|<(link|iframe|img|object|embed|base)\b/i)
    expect(html.match(/<style>([^<]*)<\/style>/)![1]).not.toMatch(/@import|url\(/)
    expect(html).not.toContain('<script')
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])
    expect(new Set(hrefs)).toEqual(new Set(REPORT_LINKS))
    for (const anchor of html.match(/<a [^>]*>/g)!) expect(anchor).toContain('rel="noopener noreferrer nofollow"')
  })

  it('prints the hash, generated-at and the revisions covered', () => {
    expect(html).toContain(`<span class="hash" data-content-hash="">${HASH}</span>`)
    expect(html).toContain('2026-11-28 12:00 UTC')
    expect(html).toContain('Trade | *report*, revision 2 (<span class="hash">rev-1</span>)')
  })

  it('escapes user text: a script in a quote is text, a javascript: link is not a link', () => {
    expect(html).toContain('<mark>Trade reached over $110 billion in 2024 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;.</mark>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('@SUM(A1:A9) <span class="muted">(javascript:alert(1))</span>')
    expect(html).not.toMatch(/href="javascript/i)
  })

  it('without the Vega chart, falls back to plain SVG bars sized by the counts', () => {
    expect(html).toMatch(/<svg class="chart" width="560" height="\d+" viewBox="0 0 560 \d+" role="img"/)
    const widths = Object.fromEntries([...html.matchAll(/<rect data-verdict="(\w+)" x="\d+" y="\d+" width="(\d+)"/g)].map((match) => [match[1], Number(match[2])]))
    expect(Object.keys(widths)).toEqual(['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE', 'NONE'])
    expect(widths.ACCURATE).toBe(342)
    expect(widths.MISLEADING).toBe(342)
    expect(widths.FALSE).toBe(0)
    expect(html).toContain('<desc id="verdict-chart-desc">Accurate: 1, Accurate with caveats: 0, Misleading: 1')
  })

  it('shows how each verdict became final, evidence with comparison and archive, reviews, comments, corrections and audit', () => {
    const text = decode(html)
    expect(text).toContain("Verified by Olga on 2026-11-02: the workspace's rules were met")
    expect(text).toContain("by editor's override of the workspace's rules. Reason: The tracker is authoritative, see \"notes\"")
    expect(text).toContain('Figure: source says $113.5 billion on p. 12 — matches')
    expect(text).toContain('Figure: -5% (as typed) — differs by -8.2%')
    expect(text).toContain('Retracted: Withdrawn, see erratum')
    expect(text).toContain('Rita: Accurate, confidence 4 of 5, 2026-11-01')
    expect(text).toContain('Olga: Yes.')
    expect(text).toContain('New <data>')
    expect(text).toContain('created the document')
  })

  it("links each quote to its place in the archived snapshot, with the snapshot's hash, and flags a quote not found", () => {
    const text = decode(html)
    expect(text).toContain(`In the source: p. 12, archived 2026-11-01 (snapshot 2, SHA-256 ${SNAPSHOT_SHA256})`)
    expect(text).toContain(`NOT FOUND in the source as archived on 2026-11-01 (snapshot 1, SHA-256 ${'c'.repeat(64)}) · the archived copy`)
    expect(html).toContain('<div class="quote-flag" data-quote-state="not-found"><strong>NOT FOUND')
    // The export makes them absolute with the app's public address.
    const exported = renderReportHtml(sampleReport(), HASH, undefined, undefined, 'https://claims.example.org/')
    expect(exported).toContain('href="https://claims.example.org/w/ws-1/sources/src-1?snapshot=2&amp;at=5120-5162"')
  })

  it('embeds ClaimReview JSON-LD with < escaped, when given', () => {
    const withLd = renderReportHtml(sampleReport(), HASH, JSON.stringify({ claimReviewed: '</script><script>alert(1)</script>' }))
    expect(withLd).toContain('<script type="application/ld+json">{"claimReviewed":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>')
    expect(withLd.match(/<script/g)).toHaveLength(1)
    expect(JSON.parse(withLd.match(/<script type="application\/ld\+json">(.*)<\/script>/)![1]!)).toEqual({ claimReviewed: '</script><script>alert(1)</script>' })
  })

  it('renders an empty report', () => {
    const empty = renderReportHtml(sampleReport({ documents: [], summary: buildSummary([]), corrections: [], audit: [] }), HASH)
    expect(decode(empty)).toContain('0 claims with a final verdict.')
    expect(decode(empty)).toContain('Revisions covered: none')
    expect(empty).toContain('<svg')
  })
})

describe('renderReportHtmlWithChart (the HTML export)', () => {
  it('embeds the Vega chart: one SVG image with its title and description, still self-contained', async () => {
    const html = await renderReportHtmlWithChart(sampleReport(), HASH)
    const chart = html.match(/<div class="chart" data-chart="vega">(<svg[\s\S]*?<\/svg>)<\/div>/)![1]!
    expect(chart).toMatch(/^<svg [^>]*role="img" aria-label="Claims by verdict: Accurate: 1, Accurate with caveats: 0, Misleading: 1/)
    expect(chart).toContain('<title>Claims by verdict</title><desc>Accurate: 1, Accurate with caveats: 0, Misleading: 1')
    expect(chart.match(/aria-roledescription="bar"/g)).toHaveLength(sampleReport().summary.byVerdict.filter((entry) => entry.count > 0).length)
    expect(html.match(/<svg/g)).toHaveLength(1) // no fallback bars beside it
    expect(html).not.toMatch(/<[^>]*\ssrc=|<(link|iframe|img|object|embed|base|script)\b/i)
    expect(await renderReportHtmlWithChart(sampleReport(), HASH)).toBe(html)
  })
})

describe('renderStatic', () => {
  it('renders ReportView as react-dom/server does', () => {
    const element = createElement(ReportView, { report: sampleReport(), contentHash: HASH, jsonLd: '{"a":"</script>"}' })
    const ours = renderStatic(element)
    const react = renderToStaticMarkup(element)
    expect(decode(ours)).toBe(decode(react))
    const tags = (markup: string) => [...markup.matchAll(/<\/?([a-z]+)/gi)].map((match) => match[0].toLowerCase())
    expect(tags(ours)).toEqual(tags(react))
    expect(ours).toContain('{"a":"\\u003c/script>"}')
  })

  it('renders ReportView with a chart SVG as react-dom/server does', () => {
    const chartSvg = '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="a &amp; b"><title>t</title></svg>'
    const element = createElement(ReportView, { report: sampleReport(), contentHash: HASH, chartSvg })
    expect(renderStatic(element).toLowerCase()).toBe(renderToStaticMarkup(element).toLowerCase()) // React keeps dateTime's case; HTML attributes are case-insensitive
    expect(renderStatic(element)).toContain(`<div class="chart" data-chart="vega">${chartSvg}</div>`)
  })
})
