// Text → sentences → claims, each with its quantities, kind, check-worthiness
// and derived changes. Quantities are read once for the whole text, so a claim
// sees the same years and periods as `extractQuantities`.

import { claimSignals } from './claim-signals'
import { classifyClaim } from './classify-claim'
import { scoreCheckworthiness } from './checkworthiness'
import { deriveChanges } from './derive-changes'
import { extractQuantities } from './extract-quantities'
import { segmentSentences } from './segment-sentences'
import type { ExtractedClaim, ExtractedQuantity, ExtractionResult, Span } from './types'

const MAX_HEADING_WORDS = 14

// A line of its own without final punctuation or figures is a heading, not an
// assertion — in a document of several lines; a one-line text (a selection a
// reviewer makes into a claim) is always read as a claim.
function isHeading(text: string, span: Span, quantities: readonly ExtractedQuantity[], isMultiline: boolean): boolean {
  if (!isMultiline) return false
  const isWholeLine = (span.start === 0 || text[span.start - 1] === '\n') && (span.end === text.length || text[span.end] === '\n')
  if (!isWholeLine || quantities.length > 0) return false
  const words = text.slice(span.start, span.end).split(/\s+/).length
  return words <= MAX_HEADING_WORDS && !/[.!?:;"”’)]$/.test(text.slice(span.end - 1, span.end))
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

// Independent clauses joined by a semicolon are separate claims.
function clauses(text: string, sentence: Span): Span[] {
  const result: Span[] = []
  let start = sentence.start
  // Search the sentence only: indexOf on the whole text would make this quadratic.
  const own = text.slice(sentence.start, sentence.end)
  for (let j = own.indexOf(';'); j >= 0; j = own.indexOf(';', j + 1)) {
    const i = sentence.start + j
    const rest = text.slice(i + 1, sentence.end)
    if (wordCount(text.slice(start, i)) >= 4 && wordCount(rest) >= 4) {
      result.push({ start, end: i })
      start = i + 1
      while (start < sentence.end && /\s/.test(text[start]!)) start++
    }
  }
  result.push({ start, end: sentence.end })
  return result
}

function buildClaim(text: string, span: Span, quantities: ExtractedQuantity[]): ExtractedClaim {
  const claimText = text.slice(span.start, span.end)
  const signals = claimSignals(claimText, span.start, quantities)
  const { checkworthiness, reasons } = scoreCheckworthiness(signals)
  return {
    start: span.start,
    end: span.end,
    text: claimText,
    kind: classifyClaim(signals),
    checkworthiness,
    reasons,
    quantities,
    changes: deriveChanges(quantities),
  }
}

export function extract(text: string): ExtractionResult {
  const sentences = segmentSentences(text)
  const quantities = extractQuantities(text)
  const claims: ExtractedClaim[] = []
  const isMultiline = text.includes('\n') // once: per clause it would be quadratic
  let next = 0
  for (const sentence of sentences) {
    for (const clause of clauses(text, sentence)) {
      while (next < quantities.length && quantities[next]!.start < clause.start) next++
      const own: ExtractedQuantity[] = []
      while (next < quantities.length && quantities[next]!.start < clause.end) own.push(quantities[next++]!)
      if (!isHeading(text, clause, own, isMultiline)) claims.push(buildClaim(text, clause, own))
    }
  }
  return { sentences, claims }
}
