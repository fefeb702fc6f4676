import type { ClaimView } from '@/lib/claims/find-claims'

export interface Line {
  kind: 'heading' | 'paragraph' | 'list_item' | 'quote'
  level?: number
  start: number
  end: number
}

// Lines of the canonical text: the import's blocks when known, else one paragraph per non-empty line.
export function linesOf(text: string, blocks: Line[] | null): Line[] {
  if (blocks?.length) return blocks
  const lines: Line[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ kind: 'paragraph', start, end: start + line.length })
    start += line.length + 1
  }
  return lines
}

// The claims touching each line, found by binary search rather than by scanning all
// claims for every line (documents can have tens of thousands of both).
export function claimsByLine(lines: Line[], claims: ClaimView[]): ClaimView[][] {
  const buckets: ClaimView[][] = lines.map(() => [])
  for (const claim of claims) {
    for (let index = firstLineEndingAfter(lines, claim.start); index < lines.length && lines[index]!.start < claim.end; index++) buckets[index]!.push(claim)
  }
  return buckets
}

function firstLineEndingAfter(lines: Line[], offset: number): number {
  let low = 0
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (lines[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}
