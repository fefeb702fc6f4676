// Loads and scores the currencies-and-units set (tests/fixtures/extract/units-*.jsonl,
// described in the README there): sentences written for issue 17's families, each with
// every quantity it holds. Two halves: `heldout` (written first, never used to tune the
// engine) and `tuning`. Scored like the corpus, (value, unit) pairs as multisets, plus
// the count the issue cares most about: a figure found with the wrong currency or unit.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { QUALIFIERS, type ExtractedQuantity } from '@/lib/extract/types'
import { scoreCorpus, type CorpusScore, type ValueUnit } from './extract-scoring'

export const UNITS_HALVES = ['heldout', 'tuning'] as const
export type UnitsHalf = (typeof UNITS_HALVES)[number]

export const unitsSetPath = (half: UnitsHalf) => fileURLToPath(new URL(`../fixtures/extract/units-${half}.jsonl`, import.meta.url))

export const UNITS_FAMILIES = ['subunit', 'prefixed', 'currency', 'slang', 'mass', 'percent', 'compound', 'sign', 'url', 'distractor', 'bare'] as const

// The units the extractor may give (lib/extract/units.ts) that this set uses; money is an
// ISO 4217 code, or XDL: a dollar whose country the text does not settle.
const NAMED_UNITS = new Set([
  'percent', 'percentage_point', 'count', 'rank', 'times', 'years', 'in',
  'kg', 'g', 'mg', 'µg', 't', 'ton', 'short_ton', 'long_ton', 'lb', 'oz', 'ozt', '°C', '°F',
])

const ZExactDecimal = z.string().regex(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/, 'an exact decimal: no grouping, exponent, or leading/trailing zeros')

const ZUnitsQuantity = z.strictObject({
  value: ZExactDecimal,
  unit: z.string().refine((unit) => NAMED_UNITS.has(unit) || /^[A-Z]{3}$/.test(unit), 'a unit of the set or a currency code'),
  text: z.string().min(1),
  qualifier: z.enum(QUALIFIERS).optional(),
})

const ZUnitsSentence = z.strictObject({
  id: z.string().regex(/^u[ht]-\d{3}$/),
  family: z.enum(UNITS_FAMILIES),
  text: z.string().min(1),
  quantities: z.array(ZUnitsQuantity),
})

export type TUnitsSentence = z.infer<typeof ZUnitsSentence>
type Labelled = z.infer<typeof ZUnitsQuantity> & { start: number; end: number }

export function loadUnitsSet(half: UnitsHalf): TUnitsSentence[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const sentences = readFileSync(unitsSetPath(half), 'utf8').split('\n').filter((line) => line.trim()).map((line, index) => {
    const parsed = ZUnitsSentence.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`units-${half} line ${index + 1}: ${z.prettifyError(parsed.error)}`)
    if (seen.has(parsed.data.id)) problems.push(`duplicate id ${parsed.data.id}`)
    seen.add(parsed.data.id)
    if (locate(parsed.data).some((label) => label.start < 0)) problems.push(`${parsed.data.id}: a label's text is not in the sentence, in order`)
    return parsed.data
  })
  if (problems.length > 0) throw new Error(`units-${half}: ${problems.join('; ')}`)
  return sentences
}

// Each label's span in the sentence, searched in order of appearance.
function locate(sentence: TUnitsSentence): Labelled[] {
  let from = 0
  return sentence.quantities.map((label) => {
    const start = sentence.text.indexOf(label.text, from)
    if (start >= 0) from = start + 1
    return { ...label, start, end: start + label.text.length }
  })
}

export interface UnitsScore extends CorpusScore<ValueUnit, ValueUnit> {
  valueRecall: number // gold figures found with the right value, whatever the unit
  wrongUnit: string[] // "id: gold → predicted": the value found, on the gold's span, in another unit
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

export function scoreUnitsSet(sentences: readonly TUnitsSentence[], extract: (text: string) => ExtractedQuantity[]): UnitsScore {
  const predictions = new Map(sentences.map((sentence) => [sentence.id, extract(sentence.text)]))
  const score = scoreCorpus(sentences.map(({ id, family, quantities }) => ({ id, genre: family, gold: quantities, predicted: predictions.get(id)! })))
  const wrongUnit: string[] = []
  let valueFound = 0
  let labels = 0
  for (const sentence of sentences) {
    const predicted = predictions.get(sentence.id)!
    for (const label of locate(sentence)) {
      labels++
      const onSpan = predicted.filter((quantity) => overlaps(quantity, label) && quantity.value === label.value)
      if (onSpan.length > 0) valueFound++
      if (onSpan.length > 0 && onSpan.every((quantity) => quantity.unit !== label.unit)) {
        wrongUnit.push(`${sentence.id}: ${label.value} ${label.unit} → ${onSpan.map((quantity) => quantity.unit).join(', ')}`)
      }
    }
  }
  return { ...score, valueRecall: labels === 0 ? 1 : valueFound / labels, wrongUnit }
}
