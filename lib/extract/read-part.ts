// One number with what is glued to it: the number itself (digits or words),
// its scale, its currency and its unit. "$15.3 billion", "3,4 %", "five
// million euros", "2.5 Mt", "a 10-year plan". Context further out (qualifiers,
// years, counted nouns, ranges) is the caller's.

import { isPoundsMoney, isTroyOunce } from './context-units'
import { currencyAfter, penceAfter, type CurrencyMatch } from './currencies'
import { shiftDecimal } from './decimal'
import { parseNumberWords } from './number-words'
import { parseDigits } from './parse-number'
import { scaleAfter, type ScaleMatch } from './scale-words'
import { isLetter, wordAfter } from './text-cursor'
import { unitAfter, unitSymbolAt, unitWordsAt } from './units'

export interface NumberCore {
  start: number
  end: number
  value: string
  isOrdinal: boolean
  isWord: boolean
  isInteger: boolean
  hasGrouping: boolean
  intDigits: number
}

export interface Part {
  core: NumberCore
  start: number // the currency symbol's start when it comes first
  end: number
  value: string // scale and unit prefix applied
  exponent: number // the power of ten they applied
  scale?: ScaleMatch
  currency?: string
  unit?: string
  unitStart?: number // set for a unit written as a word ("hours"), not a symbol
  compoundNoun?: string // "a 27-nation bloc" → nation
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th'])

export function readDigitCore(text: string, pos: number): NumberCore {
  const core = parseDigits(text, pos) as NumberCore
  core.isOrdinal = false
  core.isWord = false
  if (core.isInteger && !core.hasGrouping && isLetter(text.charCodeAt(core.end)) && !isLetter(text.charCodeAt(core.end + 2))) {
    if (ORDINAL_SUFFIXES.has(text.slice(core.end, core.end + 2).toLowerCase())) {
      core.end += 2
      core.isOrdinal = true
    }
  }
  return core
}

// "five", "twenty-one", "a dozen", "a hundred", "first".
export function readWordCore(text: string, pos: number, impliedOne = false): NumberCore | undefined {
  const words = parseNumberWords(text, pos, impliedOne)
  if (!words) return undefined
  return { ...words, isWord: true, isInteger: true, hasGrouping: false, intDigits: words.value.length }
}

// "a 10-year plan", "a 13.75-fold rise", "a 5-km race", "a 27-nation bloc".
function hyphenUnit(text: string, pos: number): { unit?: string; noun?: string; exponent: number; end: number } | undefined {
  if (text.charCodeAt(pos) !== 0x2d) return undefined
  const word = wordAfter(text, pos + 1, false)
  if (!word) return undefined
  const head = word.lower.split('-')[0]!
  const end = pos + 1 + head.length
  if (head === 'strong') return undefined
  const symbol = unitSymbolAt(text, pos + 1)
  if (symbol && symbol.end === end) return { unit: symbol.unit, exponent: symbol.exponent, end }
  const unit = unitWordsAt([{ ...word, lower: head, end }])
  if (unit) return { unit: unit.unit, exponent: unit.exponent, end }
  return { noun: word.raw.slice(0, head.length), exponent: 0, end }
}

// "a 12-cent dividend": a sub-unit joined by a hyphen.
function hyphenSubunit(text: string, pos: number): CurrencyMatch | undefined {
  if (text.charCodeAt(pos) !== 0x2d) return undefined
  const match = currencyAfter(text, pos + 1, false)
  return match?.exponent ? match : undefined
}

export function readPart(text: string, core: NumberCore, currency?: CurrencyMatch): Part {
  const part: Part = { core, start: currency?.start ?? core.start, end: core.end, value: core.value, exponent: 0 }
  if (core.isOrdinal) return part
  const scale = scaleAfter(text, core.end, currency !== undefined)
  let exponent = 0
  if (scale) {
    part.scale = scale
    part.end = scale.end
    exponent = scale.exponent
  }
  const after = currency ? undefined : (currencyAfter(text, part.end, scale !== undefined) ?? hyphenSubunit(text, part.end) ?? (scale ? undefined : penceAfter(text, part.end, core.value)))
  if (currency || after) {
    part.currency = currency?.code ?? after!.code
    part.end = after?.end ?? part.end
    exponent += after?.exponent ?? 0
  } else {
    const unit = hyphenUnit(text, part.end) ?? unitAfter(text, part.end)
    if (unit?.unit === 'lb' && 'isPer' in unit && unit.isPer && isPoundsMoney(text, core.start, unit.end)) {
      part.currency = 'GBP' // "Season tickets cost 650 pounds"
      part.end = unit.end
    } else if (unit?.unit) {
      part.unit = unit.unit === 'oz' && isTroyOunce(text, core.start, unit.end) ? 'ozt' : unit.unit
      if ('isPer' in unit && unit.isPer) part.unitStart = unit.start
      part.end = unit.end
      exponent += unit.exponent
    } else if (unit && 'noun' in unit && unit.noun) {
      part.compoundNoun = unit.noun
      part.end = unit.end
    }
  }
  part.exponent = exponent
  part.value = exponent === 0 ? core.value : shiftDecimal(core.value, exponent)
  return part
}
