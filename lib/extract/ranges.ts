// Ranges: "between 5 and 10 million", "5–10%", "$5-10 billion", "5 to 10 million
// people". One quantity with `value` and `valueMax`; the bare first number
// borrows the scale and unit of the second ("5–10 million" → 5000000).

import { currencyAfter } from './currencies'
import { compareDecimal, shiftDecimal } from './decimal'
import { readDigitCore, readPart, readWordCore, type Part } from './read-part'
import { isDigit, isLetter, skipSpacesForward, wordAfter } from './text-cursor'

export interface RangeMatch {
  value: string // the lower bound, with any borrowed scale
  valueMax: string
  end: number
  currency?: string
  unit?: string
  second: Part
}

function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2010
}

// Where the second number starts after the connector, or undefined.
function connectorEnd(text: string, first: Part, isBetween: boolean, allowTo: boolean): number | undefined {
  const start = skipSpacesForward(text, first.end)
  if (!isBetween && isDash(text.charCodeAt(start))) {
    // "18- to 24-year-olds": a suspended hyphen before "to".
    const suspended = wordAfter(text, start + 1)
    return skipSpacesForward(text, suspended?.lower === 'to' ? suspended.end : start + 1)
  }
  const word = wordAfter(text, first.end)
  if (!word) return undefined
  if (isBetween ? word.lower === 'and' : allowTo && word.lower === 'to') return skipSpacesForward(text, word.end)
  return undefined
}

function readSecond(text: string, pos: number): Part | undefined {
  const currency = currencyAfter(text, pos, false)
  const at = currency && currency.start === pos && isDigit(text.charCodeAt(currency.end)) ? currency.end : pos
  if (isDigit(text.charCodeAt(at))) {
    if (isDigit(text.charCodeAt(at - 1))) return undefined
    const core = readDigitCore(text, at)
    if (core.isOrdinal) return undefined
    return readPart(text, core, at !== pos ? currency : undefined)
  }
  const core = isLetter(text.charCodeAt(at)) ? readWordCore(text, at) : undefined
  return core && !core.isOrdinal ? readPart(text, core) : undefined
}

export function readRange(text: string, first: Part, isBetween: boolean, isAfterFrom: boolean): RangeMatch | undefined {
  const allowTo = !isAfterFrom && !first.scale && !first.unit && !first.currency
  const pos = connectorEnd(text, first, isBetween, allowTo)
  if (pos === undefined) return undefined
  const second = readSecond(text, pos)
  if (!second) return undefined
  if (first.unit && second.unit && first.unit !== second.unit) return undefined
  if (first.currency && second.currency && first.currency !== second.currency) return undefined
  let value = first.value
  const isBare = !first.scale && !first.unit && !first.core.hasGrouping && first.core.intDigits <= 3
  // "between 48 and 52 cents": the first borrows the sub-unit's power of ten too.
  if (isBare && (second.scale || second.unit || second.exponent < 0)) value = shiftDecimal(first.core.value, second.exponent)
  if (compareDecimal(second.value, value) <= 0) return undefined
  return { value, valueMax: second.value, end: second.end, currency: first.currency ?? second.currency, unit: first.unit ?? second.unit, second }
}
