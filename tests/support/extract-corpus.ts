// Loads tests/fixtures/extract/corpus.jsonl and refuses it unless every line follows
// GUIDELINES.md: the schema (zod), known units, exact decimal values, unique ids, and
// each label's `text` found in the sentence, in order of appearance. A corpus that
// silently drifted from the guidelines would make the quality figures meaningless.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { QUALIFIERS } from '@/lib/extract/types'

export const CORPUS_PATH = fileURLToPath(new URL('../fixtures/extract/corpus.jsonl', import.meta.url))
export const SEED_ARTICLE_PATH = path.resolve(path.dirname(CORPUS_PATH), '../../../prisma/seed/china-russia-ai-cooperation.txt')

export const GENRES = ['economics', 'health', 'tech', 'politics', 'sport', 'science', 'climate', 'seed'] as const

// The unit vocabulary of GUIDELINES.md; money is any ISO 4217 code.
const NAMED_UNITS = new Set([
  'percent', 'percentage_point', 'count', 'rank', 'times',
  'km', 'm', 'cm', 'mm', 'mi', 'kg', 'g', 'mg', 't', 'lb', 'l', 'ml',
  'kWh', 'MWh', 'GWh', 'TWh', 'W', 'kW', 'MW', 'GW', 'km2', 'ha', '°C', '°F', 'km/h', 'mph', 'bbl', 'ppm',
  'years', 'months', 'days', 'hours', 'minutes', 'seconds',
])

export function isKnownUnit(unit: string): boolean {
  return NAMED_UNITS.has(unit) || /^[A-Z]{3}$/.test(unit)
}

const ZExactDecimal = z.string().regex(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/, 'an exact decimal: no grouping, exponent, or leading/trailing zeros')

export const ZCorpusQuantity = z.strictObject({
  value: ZExactDecimal,
  unit: z.string().refine(isKnownUnit, 'a unit of GUIDELINES.md or an ISO 4217 code'),
  text: z.string().min(1),
  qualifier: z.enum(QUALIFIERS).optional(),
  year: z.number().int().min(1000).max(2200).optional(),
  countedNoun: z.string().min(1).optional(),
  valueMax: ZExactDecimal.optional(),
})

export const ZCorpusSentence = z.strictObject({
  id: z.string().regex(/^[a-z]+-\d{3}$/),
  genre: z.enum(GENRES),
  text: z.string().min(1),
  quantities: z.array(ZCorpusQuantity),
})

export type TCorpusQuantity = z.infer<typeof ZCorpusQuantity>
export type TCorpusSentence = z.infer<typeof ZCorpusSentence>

// Problems a schema cannot see: labels absent from the sentence or out of order, ranges upside down.
function labelProblems(sentence: TCorpusSentence): string[] {
  const problems: string[] = []
  let searchFrom = 0
  for (const quantity of sentence.quantities) {
    const at = sentence.text.indexOf(quantity.text, searchFrom)
    if (at === -1) {
      const anywhere = sentence.text.includes(quantity.text)
      problems.push(anywhere ? `label "${quantity.text}" is out of order` : `label "${quantity.text}" does not occur in the sentence`)
    } else {
      searchFrom = at + 1
    }
    if (quantity.valueMax !== undefined && !(Number(quantity.valueMax) > Number(quantity.value))) {
      problems.push(`label "${quantity.text}": valueMax ${quantity.valueMax} is not above value ${quantity.value}`)
    }
  }
  return problems
}

// Parses the whole file and reports every problem at once, with line numbers.
export function parseCorpus(jsonl: string): TCorpusSentence[] {
  const sentences: TCorpusSentence[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const where = `line ${index + 1}`
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch (error) {
      problems.push(`${where}: not JSON (${(error as Error).message})`)
      return
    }
    const parsed = ZCorpusSentence.safeParse(json)
    if (!parsed.success) {
      problems.push(`${where}: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`)
      return
    }
    const sentence = parsed.data
    if (seen.has(sentence.id)) problems.push(`${where}: duplicate id ${sentence.id}`)
    seen.add(sentence.id)
    problems.push(...labelProblems(sentence).map((problem) => `${where} (${sentence.id}): ${problem}`))
    sentences.push(sentence)
  })
  if (problems.length > 0) throw new Error(`corpus has ${problems.length} problem(s):\n${problems.join('\n')}`)
  return sentences
}

export function loadCorpus(file: string = CORPUS_PATH): TCorpusSentence[] {
  return parseCorpus(readFileSync(file, 'utf8'))
}
