// Property tests: for any string — random Unicode, number-heavy noise, real
// sentences mutated at random — extraction never throws, every span lies inside
// the text and quotes exactly what it points at, and every value is an exact decimal.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CLAIM_KINDS, extract, extractQuantities, QUALIFIERS, segmentSentences, type ExtractedQuantity } from '@/lib/extract'

const EXACT_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/

const SEED = readFileSync(path.join(process.cwd(), 'prisma/seed/china-russia-ai-cooperation.txt'), 'utf8')
const REAL_SENTENCES = [
  ...SEED.split('\n'),
  'Between 5 and 10 million people fled; about 15 000 returned by 2024.',
  'Unemployment fell to 3.8% from 4.1%, the lowest since 2001, officials said.',
  'The U.S. economy grew 2.5 per cent, while China’s expanded by ¥3.2trn (≈US$450bn).',
  'Dr. Smith said: “We saw −89.2 °C, 2.5 Mt of CO2 and a 13.75-fold rise.”',
  'Call 0800 015 4402 or +41 22 555 01 23; COVID-19 hit G20 states in 2020–21.',
  '1. First, sales rose 12%.\n2) Second, costs fell by 25 basis points.\n- Third: a dozen firms.',
]

// Characters that stress the scanner: digits and their separators, currency and
// unit symbols, dashes, quotes, spaces of every width, newlines, surrogate pairs.
const TRICKY = [
  ...'0123456789', ...'.,;:!?%$€£¥₽₹-–—−+~/()[]"“”\'’°', ' ', '\u00a0', '\u2009', '\u202f', '\n', '\t',
  'million', 'bn', 'k', 'm', 'per cent', 'percentage points', 'US$', 'over ', 'between ', ' and ', ' to ',
  'from ', 'since ', 'in 2024', 'the past ', 'years', 'top ', 'first', 'No ', 'U.S.', 'e.g.', 'five', 'a dozen',
  'half a ', '-fold', 'aged ', '😀', '\ud83d', 'é', 'Ω', '中',
]

const trickyString = fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((parts) => parts.join(''))

const mutatedSentence = fc
  .tuple(
    fc.constantFrom(...REAL_SENTENCES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 3 }))), { maxLength: 6 }),
  )
  .map(([sentence, edits]) =>
    edits.reduce((text, [at, removed, inserted]) => {
      const position = text.length === 0 ? 0 : at % (text.length + 1)
      return text.slice(0, position) + inserted + text.slice(position + removed)
    }, sentence),
  )

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  trickyString,
  mutatedSentence,
)

function checkQuantity(text: string, q: ExtractedQuantity): void {
  expect(q.start).toBeGreaterThanOrEqual(0)
  expect(q.end).toBeLessThanOrEqual(text.length)
  expect(q.start).toBeLessThan(q.end)
  expect(text.slice(q.start, q.end)).toBe(q.text)
  expect(q.value).toMatch(EXACT_DECIMAL)
  if (q.valueMax !== undefined) expect(q.valueMax).toMatch(EXACT_DECIMAL)
  if (q.qualifier !== undefined) expect(QUALIFIERS).toContain(q.qualifier)
  expect(q.unit.length).toBeGreaterThan(0)
}

const RUNS = 1500

describe('extraction on arbitrary text', () => {
  it('extract never throws; claims and quantities quote the text at their offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { sentences, claims } = extract(text)
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeLessThanOrEqual(text.length)
          expect(s.start).toBeLessThan(s.end)
        }
        for (const claim of claims) {
          expect(text.slice(claim.start, claim.end)).toBe(claim.text)
          expect(CLAIM_KINDS).toContain(claim.kind)
          expect(claim.checkworthiness).toBeGreaterThanOrEqual(0)
          expect(claim.checkworthiness).toBeLessThanOrEqual(1)
          for (const q of claim.quantities) {
            checkQuantity(text, q)
            expect(q.start).toBeGreaterThanOrEqual(claim.start)
          }
          for (const change of claim.changes) {
            expect(claim.quantities[change.fromIndex]).toBeDefined()
            expect(claim.quantities[change.toIndex]).toBeDefined()
          }
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('extractQuantities returns ordered, non-overlapping quantities quoting the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quantities = extractQuantities(text)
        quantities.forEach((q, i) => {
          checkQuantity(text, q)
          if (i > 0) expect(q.start).toBeGreaterThanOrEqual(quantities[i - 1]!.end)
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('sentences are ordered and do not overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = segmentSentences(text)
        spans.forEach((span, i) => {
          if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]!.end)
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('the quantities of a text are found again in its claims, wherever they lie', () => {
    fc.assert(
      fc.property(mutatedSentence, (text) => {
        const inClaims = extract(text).claims.flatMap((claim) => claim.quantities)
        for (const q of inClaims) expect(extractQuantities(text)).toContainEqual(q)
      }),
      { numRuns: 300 },
    )
  })
})
