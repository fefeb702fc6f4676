// The report's verdict distribution as an SVG chart drawn by Vega-Lite (compiled to a
// Vega spec and rendered headless: no DOM, no canvas, no browser). A horizontal bar per
// verdict, in VERDICTS order then "No final verdict", counts at the bars' ends, integer
// ticks. The only text in it is our own: the verdict labels (VERDICT_LABELS and
// NO_VERDICT_LABEL, never a label taken from the data) and numbers. Deterministic: the
// same summary gives the same bytes (Vega's SVG carries no generated ids).
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import { VERDICTS, VERDICT_LABELS } from '@/lib/reviews/verdicts'
import { NO_VERDICT_LABEL } from './build-summary'
import type { ReportSummary } from './report-model'
import { VERDICT_CHART_COLORS } from './verdict-chart-colors'

export { VERDICT_CHART_COLORS }

type ChartVerdict = keyof typeof VERDICT_CHART_COLORS

const ORDER: ChartVerdict[] = [...VERDICTS, 'NONE']
const labelOf = (verdict: ChartVerdict) => (verdict === 'NONE' ? NO_VERDICT_LABEL : VERDICT_LABELS[verdict])
const FONT = 'system-ui, Arial, sans-serif'
const TITLE = 'Claims by verdict'

// The chart's data: every verdict once, in order, labels from our constants only.
export function verdictChartData(summary: ReportSummary): { verdict: ChartVerdict; label: string; count: number; color: string }[] {
  const counts = new Map(summary.byVerdict.map((entry) => [entry.verdict, entry.count]))
  return ORDER.map((verdict) => {
    const count = counts.get(verdict) ?? 0
    return { verdict, label: labelOf(verdict), count: Number.isFinite(count) ? Math.max(0, Math.trunc(count)) : 0, color: VERDICT_CHART_COLORS[verdict] }
  })
}

export function verdictChartDescription(summary: ReportSummary): string {
  return verdictChartData(summary)
    .map((entry) => `${entry.label}: ${entry.count}`)
    .join(', ')
}

export async function renderVerdictChartSvg(summary: ReportSummary): Promise<string> {
  const data = verdictChartData(summary)
  const max = Math.max(1, ...data.map((entry) => entry.count))
  const y = { field: 'label', type: 'nominal', sort: null, title: null, scale: { domain: data.map((entry) => entry.label) }, axis: { labelFontSize: 12, labelLimit: 0, ticks: false, domain: false, labelPadding: 6 } } as const
  const spec: TopLevelSpec = {
    title: { text: TITLE, anchor: 'start', fontSize: 14, font: FONT, color: '#1c1917' },
    width: 360,
    height: { step: 24 },
    background: 'white',
    padding: 8,
    config: { font: FONT, view: { stroke: null }, axis: { labelColor: '#292524', titleColor: '#292524', gridColor: '#e7e5e4', domainColor: '#78716c', tickColor: '#78716c', labelFont: FONT, titleFont: FONT } },
    data: { values: data },
    layer: [
      {
        // no bar at all for a zero count: the label and its "0" still show the row
        transform: [{ filter: 'datum.count > 0' }],
        mark: { type: 'bar', stroke: '#1c1917', strokeWidth: 0.75, height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'count', type: 'quantitative', title: 'Claims', scale: { domain: [0, max], nice: true }, axis: { format: 'd', tickMinStep: 1, labelFontSize: 11, titleFontSize: 11 } },
          color: { field: 'color', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 12, fill: '#1c1917' },
        encoding: { y, x: { field: 'count', type: 'quantitative' }, text: { field: 'count', type: 'quantitative', format: 'd' } },
      },
    ],
  }
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' })
  try {
    const svg = await view.toSVG()
    return accessible(svg, verdictChartDescription(summary))
  } finally {
    view.finalize()
  }
}

// The chart, or undefined when Vega fails (the report then falls back to the plain
// SVG bars of components/reports/verdict-chart.tsx rather than failing).
export async function tryRenderVerdictChartSvg(summary: ReportSummary): Promise<string | undefined> {
  try {
    return await renderVerdictChartSvg(summary)
  } catch (error) {
    console.error('The verdict chart could not be drawn with Vega; using the plain bars', error)
    return undefined
  }
}

// Root <svg> as one image for assistive technology, named by <title>, described by <desc>.
function accessible(svg: string, description: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg'))
  if (!svg.startsWith('<svg') || open < 0) throw new Error('Vega returned no <svg> element')
  const attributes = ` role="img" aria-label="${escapeXml(`${TITLE}: ${description}`)}" style="max-width:100%;height:auto"`
  return `${svg.slice(0, open)}${attributes}><title>${escapeXml(TITLE)}</title><desc>${escapeXml(description)}</desc>${svg.slice(open + 1)}`
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
}
