// The output of the extraction engine: claims and the quantities inside them.
// Offsets are UTF-16 code units into the text given to the engine (JavaScript
// string indices), `end` exclusive, so text.slice(start, end) === quote.

export const CLAIM_KINDS = ['STATISTIC', 'COMPARISON', 'RANKING', 'FACTUAL', 'PREDICTION', 'OPINION'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

// How the text bounds the number ("over $110 billion" → over).
export const QUALIFIERS = ['over', 'more_than', 'exceeded', 'at_least', 'nearly', 'about', 'up_to', 'less_than', 'exactly'] as const
export type Qualifier = (typeof QUALIFIERS)[number]

export interface Span {
  start: number
  end: number
}

export interface QuantityPeriod {
  // A single year ("in 2024") is `year` on the quantity; these describe anything else.
  from?: number // "from 2014", "2014–2024", "since 2022" (with isSince)
  to?: number
  isSince?: boolean
  per?: 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'capita' // "per year", "a day", "per capita"
  lastYears?: number // "over the past 20 years"
}

export interface ExtractedQuantity extends Span {
  text: string // the quoted span, e.g. "over $110 billion"
  value: string // exact decimal, no exponent, no grouping: "110000000000", "15.3", "0.5"
  valueMax?: string // upper bound of a range: "between 5 and 10 million" → value 5000000, valueMax 10000000
  unit: string // ISO 4217 code (USD, EUR, GBP, JPY, CNY, RUB…), percent, percentage_point, count, rank, or a physical unit symbol (TWh, km, t, kg, MW…)
  countedNoun?: string // for unit count: what is counted, singular or plural as written ("engineers", "patents")
  scale?: string // the scale word as written: "billion", "bn", "million-strong", "k"
  qualifier?: Qualifier
  year?: number
  period?: QuantityPeriod
  role?: 'from' | 'to' // the two ends of a change ("from $8 billion … to over $110 billion")
}

// Figures derived from a change, shown to reviewers as derived, never as asserted.
export interface DerivedChange {
  fromIndex: number // indices into the claim's quantities
  toIndex: number
  ratio: string // to / from, decimal string rounded to 4 significant digits: "13.75"
  years?: number // to.year - from.year, when both are known
  cagrPercent?: string // compound annual growth rate in percent, 2 decimals: "30.01"
}

export interface CheckworthinessReason {
  code: string // 'has_number', 'has_attribution', 'superlative', 'causal_verb', 'hedging', 'opinion_marker', ...
  weight: number // its contribution to the score, may be negative
}

export interface ExtractedClaim extends Span {
  text: string
  kind: ClaimKind
  checkworthiness: number // 0–1
  reasons: CheckworthinessReason[]
  quantities: ExtractedQuantity[] // offsets into the whole text, like the claim's
  changes: DerivedChange[]
}

export interface ExtractionResult {
  sentences: Span[]
  claims: ExtractedClaim[]
}
