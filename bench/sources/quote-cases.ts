// Evidence quotes to look for in a snapshot, as reviewers paste them: copied exactly,
// copied with other spaces, case, dashes and a line-break hyphen (normalized), with an
// omission, with a slip (fuzzy), with a figure changed, and not in the source at all.
import type { SnapshotBlock } from '@/lib/quotes'
import { paragraphText, seeded, type Random } from './corpus'

export type QuoteKind = 'exact' | 'normalized' | 'omission' | 'fuzzy' | 'figure-changed' | 'not-found'

export interface QuoteCase {
  kind: QuoteKind
  quote: string
}

// A run of 8 to 30 whole words from a paragraph of the snapshot.
function span(random: Random, paragraphs: readonly string[]): string {
  for (;;) {
    const words = paragraphs[Math.floor(random() * paragraphs.length)]!.split(' ')
    if (words.length < 12) continue
    const length = 8 + Math.floor(random() * Math.min(23, words.length - 8))
    const from = Math.floor(random() * (words.length - length + 1))
    return words.slice(from, from + length).join(' ')
  }
}

const normalizedVariants: Array<(quote: string) => string> = [
  (quote) => quote.toUpperCase(),
  (quote) => quote.replace(/ /g, '\u00A0 '),
  (quote) => `“${quote.replace(/-/g, '–')}”`,
  // broken at a line end as a PDF viewer copies it: "manufac- turing"
  (quote) => quote.replace(/\b(\p{L}{4})(\p{L}{4,})/u, '$1- $2'),
]

// An OCR slip: one letter of a long word misread, and a comma dropped.
function slip(quote: string): string {
  return quote.replace(/\b(\p{L}{3})(\p{L})(\p{L}{2,})/u, (_, head: string, letter: string, tail: string) => `${head}${letter === 'e' ? 'c' : 'e'}${tail}`).replace(',', '')
}

export function quoteCases(blocks: readonly SnapshotBlock[], seed = 7): QuoteCase[] {
  const random = seeded(seed)
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 120 && !block.text.includes(' | ')).map((block) => block.text)
  const cases: QuoteCase[] = []
  const add = (kind: QuoteKind, count: number, make: () => string) => {
    for (let i = 0; i < count; i++) cases.push({ kind, quote: make() })
  }
  add('exact', 60, () => span(random, paragraphs))
  add('normalized', 60, () => normalizedVariants[cases.length % normalizedVariants.length]!(span(random, paragraphs)))
  add('omission', 30, () => {
    const words = span(random, paragraphs).split(' ')
    return `${words.slice(0, 4).join(' ')} … ${words.slice(-4).join(' ')}`
  })
  add('fuzzy', 60, () => slip(span(random, paragraphs)))
  add('figure-changed', 30, () => {
    let quote = ''
    while (!/\d/.test(quote)) quote = span(random, paragraphs)
    return quote.replace(/\d/, (digit) => String((Number(digit) + 1) % 10))
  })
  // Sentences of the same kind, made up: they share most word pairs with the source,
  // but none is in it as written.
  const other = seeded(seed + 1000)
  const text = blocks.map((block) => block.text).join('\n')
  add('not-found', 60, () => {
    for (;;) {
      const quote = paragraphText(other, 1)
      if (!text.includes(quote)) return quote
    }
  })
  return cases
}
