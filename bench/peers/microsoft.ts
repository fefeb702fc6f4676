// Peer: @microsoft/recognizers-text-suite, English culture — its number, currency,
// percentage and ordinal models, results normalized to the corpus's (value, unit).
//
// The suite's recognizeCurrency() & co. build every model afresh on each call (about
// 10 ms of setup per call); a fair peer builds them once, so the models come from the
// recognizer classes the suite itself calls (its own dependencies, same version).
import { NumberRecognizer } from '@microsoft/recognizers-text-number'
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit'
import { Culture, recognizeCurrency, recognizeNumber, recognizeOrdinal, recognizePercentage } from '@microsoft/recognizers-text-suite'
import type { ValueUnit } from '@/tests/support/extract-scoring'
import { toExactDecimal } from './exact-decimal'

type Kind = 'currency' | 'percentage' | 'ordinal' | 'number'

interface ModelResult {
  start: number
  end: number // inclusive
  resolution: { value?: string; unit?: string; isoCurrency?: string }
}
type Model = { parse(text: string): ModelResult[] }

// Currency names the English model resolves without an isoCurrency; `$` alone is USD
// per GUIDELINES.md.
const CURRENCY_NAMES: Record<string, string> = {
  Dollar: 'USD', 'United States dollar': 'USD', Euro: 'EUR', Pound: 'GBP', 'British pound': 'GBP', 'Pound sterling': 'GBP',
  Yen: 'JPY', 'Japanese yen': 'JPY', 'Chinese yuan': 'CNY', Yuan: 'CNY', Ruble: 'RUB', 'Russian ruble': 'RUB',
  'Indian rupee': 'INR', 'Swiss franc': 'CHF', 'Canadian dollar': 'CAD', 'Australian dollar': 'AUD', 'Hong Kong dollar': 'HKD',
}

function unitOf(kind: Kind, result: ModelResult): string | undefined {
  if (kind === 'percentage') return 'percent'
  if (kind === 'ordinal') return 'rank'
  if (kind === 'number') return 'count'
  const { isoCurrency, unit } = result.resolution
  return isoCurrency || (unit ? (CURRENCY_NAMES[unit] ?? unit) : undefined)
}

function normalize(kind: Kind, result: ModelResult): ValueUnit | undefined {
  const raw = result.resolution.value?.replace(/%$/, '')
  const value = raw === undefined ? undefined : toExactDecimal(raw)
  const unit = unitOf(kind, result)
  return value === undefined || unit === undefined ? undefined : { value, unit }
}

// The models overlap ("$8 billion" is also the number "8 billion"); like a pipeline
// would, keep the most specific reading of each span: currency, percentage, ordinal, number.
function merge(readings: [Kind, ModelResult[]][]): ValueUnit[] {
  const kept: { start: number; end: number; item: ValueUnit }[] = []
  for (const [kind, results] of readings) {
    for (const result of results) {
      if (kept.some((other) => result.start <= other.end && other.start <= result.end)) continue
      const item = normalize(kind, result)
      if (item) kept.push({ start: result.start, end: result.end, item })
    }
  }
  return kept.sort((a, b) => a.start - b.start).map(({ item }) => item)
}

let models: Record<Kind, Model> | undefined
function loadModels(): Record<Kind, Model> {
  const numbers = new NumberRecognizer(Culture.English)
  const units = new NumberWithUnitRecognizer(Culture.English)
  return {
    currency: units.getCurrencyModel(),
    percentage: numbers.getPercentageModel(),
    ordinal: numbers.getOrdinalModel(),
    number: numbers.getNumberModel(),
  }
}

export function extractWithMicrosoft(text: string): ValueUnit[] {
  models ??= loadModels()
  const loaded = models
  return merge((['currency', 'percentage', 'ordinal', 'number'] as const).map((kind) => [kind, loaded[kind].parse(text)]))
}

// The currency model alone: the throughput yardstick.
export function extractWithMicrosoftCurrency(text: string): ValueUnit[] {
  models ??= loadModels()
  return merge([['currency', models.currency.parse(text)]])
}

// The suite's documented entry points, rebuilding the models on every call.
export function extractWithMicrosoftSuiteFunctions(text: string): ValueUnit[] {
  const culture = Culture.English
  return merge([
    ['currency', recognizeCurrency(text, culture)],
    ['percentage', recognizePercentage(text, culture)],
    ['ordinal', recognizeOrdinal(text, culture)],
    ['number', recognizeNumber(text, culture)],
  ])
}
