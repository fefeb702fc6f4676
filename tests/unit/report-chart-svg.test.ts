import { describe, expect, it } from 'vitest'
import { buildSummary } from '@/lib/reports/build-summary'
import type { ReportSummary } from '@/lib/reports/report-model'
import { VERDICT_CHART_COLORS } from '@/lib/reports/verdict-chart-colors'
import { renderVerdictChartSvg, verdictChartData } from '@/lib/reports/verdict-chart-svg'

const summary = (counts: Partial<Record<ReportSummary['byVerdict'][number]['verdict'], number>>): ReportSummary => {
  const base = buildSummary([])
  return { ...base, byVerdict: base.byVerdict.map((entry) => ({ ...entry, count: counts[entry.verdict] ?? 0 })), claimCount: Object.values(counts).reduce((sum, count) => sum + count, 0) }
}

const bars = (svg: string) => [...svg.matchAll(/<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="bar" d="M0,[\d.]+h([\d.]+)v[\d.]+h-[\d.]+Z" fill="(#[0-9a-f]{6})"/g)].map((match) => ({ label: match[1]!, width: Number(match[2]), fill: match[3]! }))
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!)

describe('renderVerdictChartSvg', () => {
  const counts = { ACCURATE: 12, MISLEADING: 3, FALSE: 7, NONE: 1 }

  it('draws one bar per verdict with claims, coloured per verdict, lengths proportional to the counts', async () => {
    const svg = await renderVerdictChartSvg(summary(counts))
    const drawn = bars(svg)
    expect(drawn.map((bar) => bar.fill)).toEqual([VERDICT_CHART_COLORS.ACCURATE, VERDICT_CHART_COLORS.MISLEADING, VERDICT_CHART_COLORS.FALSE, VERDICT_CHART_COLORS.NONE])
    expect(drawn[0]!.label).toContain('label: Accurate')
    expect(drawn[1]!.width / drawn[0]!.width).toBeCloseTo(3 / 12, 2)
    expect(drawn[2]!.width / drawn[0]!.width).toBeCloseTo(7 / 12, 2)
  })

  it('labels every verdict in scale order, then "No final verdict", with the counts at the bars, integer ticks and the title', async () => {
    const svg = await renderVerdictChartSvg(summary(counts))
    const all = texts(svg)
    const labels = ['Accurate', 'Accurate with caveats', 'Misleading', 'Inaccurate', 'False', 'Unverifiable', 'No final verdict']
    const at = all.indexOf('Accurate')
    expect(all.slice(at, at + 7)).toEqual(labels)
    expect(all.slice(at + 7, at + 14)).toEqual(['12', '0', '3', '0', '7', '0', '1'])
    const ticks = all.slice(0, all.indexOf('Claims'))
    expect(ticks.length).toBeGreaterThan(1)
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/)
    expect(all).toContain('Claims by verdict')
  })

  it('is one accessible image: role, aria-label, <title> and <desc>', async () => {
    const svg = await renderVerdictChartSvg(summary(counts))
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Claims by verdict: Accurate: 12, Accurate with caveats: 0, Misleading: 3, Inaccurate: 0, False: 7, Unverifiable: 0, No final verdict: 1"/)
    expect(svg).toContain('<title>Claims by verdict</title><desc>Accurate: 12, Accurate with caveats: 0, Misleading: 3, Inaccurate: 0, False: 7, Unverifiable: 0, No final verdict: 1</desc>')
    expect(svg.match(/<svg/g)).toHaveLength(1)
    expect(svg).not.toMatch(/<script|<foreignObject|href=/i)
  })

  it('is deterministic: the same summary gives the same bytes', async () => {
    const [first, second] = await Promise.all([renderVerdictChartSvg(summary(counts)), renderVerdictChartSvg(summary(counts))])
    expect(second).toBe(first)
    expect(await renderVerdictChartSvg(summary(counts))).toBe(first)
  })

  it('draws an empty selection: labels and zeros, no bars', async () => {
    const svg = await renderVerdictChartSvg(summary({}))
    expect(bars(svg)).toEqual([])
    expect(texts(svg)).toContain('No final verdict')
  })

  it('takes labels only from its own constants, never from the summary', () => {
    const forged = summary({ ACCURATE: 1 })
    forged.byVerdict[0]!.label = '<script>alert(1)</script>'
    expect(verdictChartData(forged)[0]!.label).toBe('Accurate')
  })
})

// Relative luminance (WCAG): what a greyscale print keeps of a colour.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

describe('verdict chart colours', () => {
  it('stay apart in greyscale: every two verdicts differ in luminance', () => {
    const values = Object.values(VERDICT_CHART_COLORS).map(luminance)
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) expect(Math.abs(values[i]! - values[j]!)).toBeGreaterThan(0.04)
  })
})
