// The fallback verdict chart, in plain SVG drawn here: used only when Vega (the report's
// chart library, lib/reports/verdict-chart-svg.ts) could not draw it, or when a caller
// renders synchronously without the Vega SVG. Same colours and order as the Vega chart.
import type { ReportSummary } from '@/lib/reports/report-model'
import { VERDICT_CHART_COLORS } from '@/lib/reports/verdict-chart-colors'

export const VERDICT_COLORS = VERDICT_CHART_COLORS

const WIDTH = 560
const ROW = 28
const LABEL_WIDTH = 170
const COUNT_WIDTH = 48
const TOP = 8

export function VerdictChart({ byVerdict }: { byVerdict: ReportSummary['byVerdict'] }) {
  const max = Math.max(1, ...byVerdict.map((entry) => entry.count))
  const barSpace = WIDTH - LABEL_WIDTH - COUNT_WIDTH
  const height = TOP * 2 + ROW * byVerdict.length
  const description = byVerdict.map((entry) => `${entry.label}: ${entry.count}`).join(', ')
  return (
    <svg className="chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="verdict-chart-title verdict-chart-desc" xmlns="http://www.w3.org/2000/svg">
      <title id="verdict-chart-title">Claims by verdict</title>
      <desc id="verdict-chart-desc">{description}</desc>
      {byVerdict.map((entry, index) => {
        const y = TOP + index * ROW
        const barWidth = entry.count === 0 ? 0 : Math.max(2, Math.round((entry.count / max) * barSpace))
        return (
          <g key={entry.verdict} className="bar">
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fontFamily="system-ui, Arial, sans-serif" fill="#292524">
              {entry.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={barSpace} height={ROW - 8} fill="#f5f5f4" />
            <rect data-verdict={entry.verdict} x={LABEL_WIDTH} y={y + 4} width={barWidth} height={ROW - 8} fill={VERDICT_COLORS[entry.verdict]} stroke="#1c1917" strokeWidth={entry.count === 0 ? 0 : 0.75} />
            <text x={LABEL_WIDTH + barSpace + 8} y={y + ROW / 2} dominantBaseline="middle" fontSize="13" fontFamily="system-ui, Arial, sans-serif" fill="#292524">
              {entry.count}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
