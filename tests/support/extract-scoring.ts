// How extracted quantities are scored against the labeled corpus
// (tests/fixtures/extract/GUIDELINES.md): per sentence, gold and predicted
// (value, unit) pairs are compared as multisets; true positives are the pairs both
// hold, false positives the predicted pairs left over, false negatives the gold pairs
// left over. Counts are summed over sentences (micro-average), overall and per genre.
// Pure: no I/O, so the metric itself is unit-tested.

export interface ValueUnit {
  value: string // exact decimal string, as in ExtractedQuantity
  unit: string
}

export interface Tally {
  tp: number
  fp: number
  fn: number
}

export interface Scores extends Tally {
  precision: number
  recall: number
  f1: number
}

export interface SentenceScore<G extends ValueUnit, P extends ValueUnit> extends Tally {
  matched: [gold: G, predicted: P][]
  missing: G[] // gold pairs nobody predicted
  extra: P[] // predicted pairs absent from the gold
}

export interface ScoredSentence<G extends ValueUnit = ValueUnit, P extends ValueUnit = ValueUnit> extends SentenceScore<G, P> {
  id: string
  genre: string
}

export interface CorpusScore<G extends ValueUnit = ValueUnit, P extends ValueUnit = ValueUnit> {
  overall: Scores
  byGenre: Map<string, Scores> // in the order genres first appear
  sentences: ScoredSentence<G, P>[]
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

// "084.20" and "84.2" are the same value; "8.4e1", "1,000" or " 5" are not exact
// decimals at all and match nothing (undefined).
export function canonicalDecimal(value: string): string | undefined {
  const match = DECIMAL.exec(value)
  if (!match) return undefined
  const integer = match[2]!.replace(/^0+(?=\d)/, '')
  const fraction = (match[3] ?? '').replace(/0+$/, '')
  const digits = fraction ? `${integer}.${fraction}` : integer
  return match[1] === '-' && digits !== '0' ? `-${digits}` : digits
}

function pairKey({ value, unit }: ValueUnit): string {
  const canonical = canonicalDecimal(value)
  // An invalid value keeps a key of its own so it can only ever be an extra.
  return canonical === undefined ? `invalid:${value}\u0000${unit}` : `${canonical}\u0000${unit}`
}

export function scoreSentence<G extends ValueUnit, P extends ValueUnit>(gold: readonly G[], predicted: readonly P[]): SentenceScore<G, P> {
  const unclaimed = new Map<string, P[]>()
  for (const item of predicted) {
    const key = pairKey(item)
    unclaimed.set(key, [...(unclaimed.get(key) ?? []), item])
  }
  const matched: [G, P][] = []
  const missing: G[] = []
  for (const item of gold) {
    const partner = unclaimed.get(pairKey(item))?.shift()
    if (partner) matched.push([item, partner])
    else missing.push(item)
  }
  const claimed = new Set(matched.map(([, partner]) => partner))
  const extra = predicted.filter((item) => !claimed.has(item))
  return { tp: matched.length, fp: extra.length, fn: missing.length, matched, missing, extra }
}

// Conventions for empty denominators: predicting nothing is never imprecise
// (precision 1), and nothing to find is never missed (recall 1).
export function toScores({ tp, fp, fn }: Tally): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

function add(total: Tally, part: Tally): Tally {
  return { tp: total.tp + part.tp, fp: total.fp + part.fp, fn: total.fn + part.fn }
}

export function scoreCorpus<G extends ValueUnit, P extends ValueUnit>(
  items: readonly { id: string; genre: string; gold: readonly G[]; predicted: readonly P[] }[],
): CorpusScore<G, P> {
  let overall: Tally = { tp: 0, fp: 0, fn: 0 }
  const genres = new Map<string, Tally>()
  const sentences = items.map(({ id, genre, gold, predicted }) => {
    const score = scoreSentence(gold, predicted)
    overall = add(overall, score)
    genres.set(genre, add(genres.get(genre) ?? { tp: 0, fp: 0, fn: 0 }, score))
    return { id, genre, ...score }
  })
  const byGenre = new Map([...genres].map(([genre, tally]) => [genre, toScores(tally)]))
  return { overall: toScores(overall), byGenre, sentences }
}

// GUIDELINES.md: optional label fields are checked when present. They do not enter
// precision/recall (those are about (value, unit)); they are compared on matched pairs.
export const ATTRIBUTES = ['qualifier', 'year', 'countedNoun', 'valueMax'] as const
export type Attribute = (typeof ATTRIBUTES)[number]
export type Attributed = ValueUnit & { qualifier?: string; year?: number; countedNoun?: string; valueMax?: string }

export interface AttributeAgreement {
  attribute: Attribute
  checked: number // matched pairs whose gold label has the attribute
  agreed: number
  disagreements: string[] // "id: gold → predicted"
}

function attributeAgrees(attribute: Attribute, gold: Attributed, predicted: Attributed): boolean {
  const expected = gold[attribute]
  const actual = predicted[attribute]
  if (actual === undefined) return false
  if (attribute === 'valueMax') return canonicalDecimal(String(actual)) === canonicalDecimal(String(expected))
  if (attribute === 'countedNoun') {
    // The gold names the head noun; "valid patents" still counts patents.
    const [want, got] = [String(expected).toLowerCase(), String(actual).toLowerCase()]
    return got === want || got.endsWith(` ${want}`)
  }
  return actual === expected
}

export function compareAttributes(sentences: readonly ScoredSentence<Attributed, Attributed>[]): AttributeAgreement[] {
  return ATTRIBUTES.map((attribute) => {
    const result: AttributeAgreement = { attribute, checked: 0, agreed: 0, disagreements: [] }
    for (const { id, matched } of sentences) {
      for (const [gold, predicted] of matched) {
        if (gold[attribute] === undefined) continue
        result.checked++
        if (attributeAgrees(attribute, gold, predicted)) result.agreed++
        else result.disagreements.push(`${id}: ${formatValueUnit(gold)} ${attribute} ${gold[attribute]} → ${predicted[attribute] ?? '(none)'}`)
      }
    }
    return result
  })
}

export function formatValueUnit({ value, unit }: ValueUnit): string {
  return `${value} ${unit}`
}

// Sentences where the extractor and the gold disagree, one line each.
export function formatMismatches(sentences: readonly ScoredSentence[], limit: number): string[] {
  return sentences
    .filter((sentence) => sentence.fp + sentence.fn > 0)
    .slice(0, limit)
    .map(({ id, missing, extra }) => {
      const missed = missing.map(formatValueUnit).join('; ') || '—'
      const added = extra.map(formatValueUnit).join('; ') || '—'
      return `${id.padEnd(12)} missing: ${missed}   extra: ${added}`
    })
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`.padStart(9)

export function formatScoreTable(rows: readonly { label: string; scores: Scores }[]): string {
  const header = `${'genre'.padEnd(12)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(9)}`
  const lines = rows.map(({ label, scores }) => {
    const counts = [scores.tp, scores.fp, scores.fn].map((count) => String(count).padStart(6)).join('')
    return `${label.padEnd(12)}${counts}  ${percent(scores.precision)}${percent(scores.recall)}${percent(scores.f1)}`
  })
  return [header, ...lines].join('\n')
}
