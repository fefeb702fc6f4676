// Numbers written with digits: "1,234.5", "15 000" (normal, thin or no-break
// space), "1.234.567,8" and "3,4" (European, when unambiguous). Scale words and
// suffixes ("1.5bn") are read by the caller.

import { normalizeDecimal } from './decimal'
import { isDigit } from './text-cursor'

export interface DigitNumber {
  start: number
  end: number
  value: string // exact decimal, no grouping
  isInteger: boolean
  hasGrouping: boolean
  intDigits: number // digits before the decimal mark, without separators
}

// Separators that may group thousands: space, no-break space, thin space, narrow no-break space.
function isGroupSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f
}

function digitRunEnd(text: string, pos: number): number {
  while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++
  return pos
}

// A separator kind: a comma, a period, or SPACE for any thousands space.
const SPACE = 0x20

function isSeparatorOf(code: number, separator: number): boolean {
  return separator === SPACE ? isGroupSpace(code) : code === separator
}

// Exactly three digits at `pos`, not followed by a fourth.
function isGroupOfThree(text: string, pos: number): boolean {
  return digitRunEnd(text, pos) === pos + 3
}

// Consumes "<sep>ddd" groups after `pos`; returns the new end and the digits read.
function readGroups(text: string, pos: number, separator: number): { end: number; digits: string } {
  let end = pos
  let digits = ''
  while (end < text.length && isSeparatorOf(text.charCodeAt(end), separator) && isGroupOfThree(text, end + 1)) {
    // "1,234,5678" or "1,234.5.6" are not groupings we trust; stop before them.
    digits += text.slice(end + 1, end + 4)
    end += 4
  }
  return { end, digits }
}

// Fraction digits after a decimal mark at `pos` ("." or ","), or undefined.
function readFraction(text: string, pos: number, mark: number): { end: number; digits: string } | undefined {
  if (text.charCodeAt(pos) !== mark || !isDigit(text.charCodeAt(pos + 1))) return undefined
  const end = digitRunEnd(text, pos + 1)
  return { end, digits: text.slice(pos + 1, end) }
}

function result(start: number, end: number, intDigits: string, fraction: string, hasGrouping: boolean): DigitNumber {
  const value = normalizeDecimal(fraction ? `${intDigits}.${fraction}` : intDigits)
  return { start, end, value, isInteger: !fraction, hasGrouping, intDigits: intDigits.length }
}

export function parseDigits(text: string, start: number): DigitNumber {
  const firstEnd = digitRunEnd(text, start)
  const lead = text.slice(start, firstEnd)
  const canGroup = lead.length <= 3
  const next = text.charCodeAt(firstEnd)

  if (canGroup && next === 0x2c /* , */ && isGroupOfThree(text, firstEnd + 1)) {
    const groups = readGroups(text, firstEnd, 0x2c)
    const fraction = readFraction(text, groups.end, 0x2e)
    return result(start, fraction?.end ?? groups.end, lead + groups.digits, fraction?.digits ?? '', true)
  }
  if (canGroup && next === 0x2e /* . */ && isGroupOfThree(text, firstEnd + 1)) {
    // "1.234.567" or "1.234,5" are European groupings; a single ".234" is an English decimal.
    const groups = readGroups(text, firstEnd, 0x2e)
    const comma = readFraction(text, groups.end, 0x2c)
    if (groups.digits.length > 3 || comma) {
      return result(start, comma?.end ?? groups.end, lead + groups.digits, comma?.digits ?? '', true)
    }
  }
  if (canGroup && isGroupSpace(next) && isGroupOfThree(text, firstEnd + 1)) {
    const groups = readGroups(text, firstEnd, SPACE)
    const fraction = readFraction(text, groups.end, 0x2e) ?? europeanFraction(text, groups.end)
    return result(start, fraction?.end ?? groups.end, lead + groups.digits, fraction?.digits ?? '', true)
  }
  const fraction = readFraction(text, firstEnd, 0x2e) ?? europeanFraction(text, firstEnd)
  return result(start, fraction?.end ?? firstEnd, lead, fraction?.digits ?? '', false)
}

// A decimal comma is unambiguous when it is not followed by exactly three digits
// ("3,4 %", "12,50") and the number is not one item of a list of numbers ("1,2,3").
function europeanFraction(text: string, pos: number): { end: number; digits: string } | undefined {
  const fraction = readFraction(text, pos, 0x2c)
  if (!fraction || fraction.digits.length === 3) return undefined
  const after = text.charCodeAt(fraction.end)
  if ((after === 0x2c || after === 0x2e) && isDigit(text.charCodeAt(fraction.end + 1))) return undefined
  return fraction
}
