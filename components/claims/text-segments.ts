import type { ClaimView } from '@/lib/claims/find-claims'

export interface Segment {
  start: number
  end: number
  claimIds: string[] // innermost last
  quantity?: ClaimView['quantities'][number]
}

// Cuts a line of text at every claim and quantity boundary, so each piece knows which
// claims (possibly overlapping or nested) and which quantity cover it.
export function segmentLine(lineStart: number, lineEnd: number, claims: ClaimView[]): Segment[] {
  const inLine = claims.filter((claim) => claim.start < lineEnd && claim.end > lineStart)
  const quantities = inLine.flatMap((claim) => claim.quantities).filter((quantity) => quantity.start < lineEnd && quantity.end > lineStart)
  const cuts = new Set([lineStart, lineEnd])
  for (const span of [...inLine, ...quantities]) {
    cuts.add(Math.max(lineStart, span.start))
    cuts.add(Math.min(lineEnd, span.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const covering = inLine.filter((claim) => claim.start <= start && claim.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start))
    const quantity = quantities.find((candidate) => candidate.start <= start && candidate.end >= end)
    segments.push({ start, end, claimIds: covering.map((claim) => claim.id), quantity })
  }
  return segments
}
