// The measure issue 15 uses for article extraction: token 4-grams of the extracted text
// against those of the hand-made ground truth, as multisets (a paragraph kept twice
// counts twice). Tokens are lowercased runs of letters, digits and marks; everything
// else (spaces, punctuation) only separates them. Micro averages pool the 4-grams of
// every page; macro averages weigh each page the same.

const NGRAM = 4

export interface PageScore {
  matched: number // 4-grams in both, counted as multisets
  extracted: number // 4-grams of the extracted text
  truth: number // 4-grams of the ground truth
  precision: number
  recall: number
  f1: number
}

export interface SetScore {
  micro: { precision: number; recall: number; f1: number }
  macro: { precision: number; recall: number; f1: number }
}

export function tokensOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
}

function ngramCounts(text: string): Map<string, number> {
  const tokens = tokensOf(text)
  const counts = new Map<string, number>()
  // A text shorter than one 4-gram still counts as its single (shorter) gram.
  const last = Math.max(0, tokens.length - NGRAM)
  if (tokens.length === 0) return counts
  for (let i = 0; i <= last; i += 1) {
    const gram = tokens.slice(i, i + NGRAM).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0)
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

export function scorePage(extractedText: string, truthText: string): PageScore {
  const extracted = ngramCounts(extractedText)
  const truth = ngramCounts(truthText)
  let matched = 0
  for (const [gram, count] of extracted) matched += Math.min(count, truth.get(gram) ?? 0)
  const extractedTotal = total(extracted)
  const truthTotal = total(truth)
  // Nothing extracted is no wrong text (precision 1) and no recall.
  const precision = extractedTotal === 0 ? 1 : matched / extractedTotal
  const recall = truthTotal === 0 ? 1 : matched / truthTotal
  return { matched, extracted: extractedTotal, truth: truthTotal, precision, recall, f1: harmonic(precision, recall) }
}

export function scoreSet(pages: readonly PageScore[]): SetScore {
  const sum = (pick: (page: PageScore) => number) => pages.reduce((acc, page) => acc + pick(page), 0)
  const matched = sum((page) => page.matched)
  const microP = matched / Math.max(1, sum((page) => page.extracted))
  const microR = matched / Math.max(1, sum((page) => page.truth))
  const n = Math.max(1, pages.length)
  const macroP = sum((page) => page.precision) / n
  const macroR = sum((page) => page.recall) / n
  return {
    micro: { precision: microP, recall: microR, f1: harmonic(microP, microR) },
    macro: { precision: macroP, recall: macroR, f1: sum((page) => page.f1) / n },
  }
}
