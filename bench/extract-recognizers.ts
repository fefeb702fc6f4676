// The recognizers bench:extract compares, each reduced to text → (value, unit) pairs.
import { extractQuantities } from '@/lib/extract'
import type { ValueUnit } from '@/tests/support/extract-scoring'
import { extractWithCompromise } from './peers/compromise'
import { extractWithMicrosoft, extractWithMicrosoftCurrency, extractWithMicrosoftSuiteFunctions } from './peers/microsoft'

export interface Recognizer {
  name: string
  extract: (text: string) => ValueUnit[]
  isScored: boolean // measured on the labeled corpus (a lone currency model is not comparable)
  // Timed on the leading paragraphs up to this many bytes and extrapolated, when the
  // whole article would take minutes.
  sampleBytes?: number
}

export const OURS = 'claimtrack'

export const RECOGNIZERS: Recognizer[] = [
  { name: OURS, extract: extractQuantities, isScored: true },
  { name: 'microsoft', extract: extractWithMicrosoft, isScored: true, sampleBytes: 200_000 },
  { name: 'microsoft currency', extract: extractWithMicrosoftCurrency, isScored: false, sampleBytes: 200_000 },
  { name: 'microsoft suite fns', extract: extractWithMicrosoftSuiteFunctions, isScored: false, sampleBytes: 20_000 },
  { name: 'compromise', extract: extractWithCompromise, isScored: true },
]

export function recognizerNamed(name: string): Recognizer {
  const recognizer = RECOGNIZERS.find((candidate) => candidate.name === name)
  if (!recognizer) throw new Error(`no recognizer named ${name}`)
  return recognizer
}
