import { extract } from '@/lib/extract'
import type { ExtractedClaim } from '@/lib/extract/types'

// About 64 KB of text per step: a few milliseconds of work, after which the event
// loop gets to serve other requests.
const CHUNK_CHARS = 64 * 1024

export interface ExtractionProgress {
  done: number // characters processed
  total: number
}

// Runs the engine over a long text in line-aligned chunks (a sentence never spans a
// line break in canonical text), yielding to the event loop between chunks, so a
// 5 MB import never blocks the server for more than a moment.
export async function extractInChunks(text: string, onProgress?: (progress: ExtractionProgress) => void): Promise<ExtractedClaim[]> {
  const claims: ExtractedClaim[] = []
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start)
    for (const claim of extract(text.slice(start, end)).claims) claims.push(shift(claim, start))
    start = end
    onProgress?.({ done: start, total: text.length })
    await new Promise((resolve) => setImmediate(resolve))
  }
  return claims
}

function chunkEnd(text: string, start: number): number {
  if (text.length - start <= CHUNK_CHARS) return text.length
  const lineBreak = text.indexOf('\n', start + CHUNK_CHARS)
  return lineBreak === -1 ? text.length : lineBreak + 1
}

function shift(claim: ExtractedClaim, offset: number): ExtractedClaim {
  if (offset === 0) return claim
  return {
    ...claim,
    start: claim.start + offset,
    end: claim.end + offset,
    quantities: claim.quantities.map((quantity) => ({ ...quantity, start: quantity.start + offset, end: quantity.end + offset })),
  }
}
