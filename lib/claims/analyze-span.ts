import { extract } from '@/lib/extract'
import type { ExtractedClaim } from '@/lib/extract/types'

// The engine's reading of an arbitrary span (a selection, a merge, a split part) as
// one claim: its quantities and changes, and the kind and score of its most
// check-worthy part. Offsets are into the whole text.
export function analyzeSpan(text: string, start: number, end: number): ExtractedClaim {
  const parts = extract(text.slice(start, end)).claims
  const strongest = parts.reduce<ExtractedClaim | undefined>((best, part) => (!best || part.checkworthiness > best.checkworthiness ? part : best), undefined)
  const quantities = parts.flatMap((part) => part.quantities.map((quantity) => ({ ...quantity, start: quantity.start + start, end: quantity.end + start })))
  // Change indices point into each part's own quantities; renumber them for the whole.
  let offset = 0
  const changes = parts.flatMap((part) => {
    const shifted = part.changes.map((change) => ({ ...change, fromIndex: change.fromIndex + offset, toIndex: change.toIndex + offset }))
    offset += part.quantities.length
    return shifted
  })
  return {
    start,
    end,
    text: text.slice(start, end),
    kind: strongest?.kind ?? (quantities.length ? 'STATISTIC' : 'FACTUAL'),
    checkworthiness: strongest?.checkworthiness ?? 0,
    reasons: strongest?.reasons ?? [],
    quantities,
    changes,
  }
}
