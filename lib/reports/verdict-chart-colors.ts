// The verdict chart's colours, shared by the Vega chart (verdict-chart-svg.ts), its
// plain-SVG fallback (components/reports/verdict-chart.tsx). No dependencies, so a
// component can import it without pulling Vega in.
import type { Verdict } from '@/lib/db/generated/enums'

// Colours that stay apart in greyscale print: lightness steps down the scale, the two
// "bad" verdicts darkest, no verdict lightest; each bar also has a dark outline.
export const VERDICT_CHART_COLORS: Record<Verdict | 'NONE', string> = {
  ACCURATE: '#065f46', // dark green
  ACCURATE_WITH_CAVEATS: '#5eead4', // light teal
  MISLEADING: '#fbbf24', // amber, very light in grey
  INACCURATE: '#ea580c', // orange, mid grey
  FALSE: '#450a0a', // near-black red
  UNVERIFIABLE: '#a8a29e', // stone, light-mid grey
  NONE: '#f5f5f4', // near white, outlined
}

