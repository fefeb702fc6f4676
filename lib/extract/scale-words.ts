// Scale words and abbreviations after a number: "15.3 billion", "1.5bn", "$10k",
// "£5m", "20 million-strong".

import { SCALE_WORDS } from './number-words'
import { isDigit, isLetter, wordAfter } from './text-cursor'
import { isPluralNoun } from './counted-noun'

export interface ScaleMatch {
  exponent: number
  text: string // as written: "billion", "bn", "million-strong"
  end: number
}

const ABBREVIATIONS: Record<string, number> = {
  k: 3, K: 3, m: 6, mn: 6, mln: 6, M: 6, bn: 9, b: 9, B: 9, bln: 9, tn: 12, trn: 12, tr: 12,
}

// Abbreviations that are also unit symbols or letters in identifiers ("100m"
// sprint, "4K" screen, "5B" vitamins): only a currency makes them scale words.
const NEEDS_CURRENCY = new Set(['K', 'M', 'b', 'B', 'tr'])

function withStrong(text: string, match: ScaleMatch): ScaleMatch {
  // "20 million-strong": still a scale word; "-strong" only says it is a head count.
  if (text.startsWith('-strong', match.end) && !isLetter(text.charCodeAt(match.end + 7))) {
    return { ...match, text: `${match.text}-strong`, end: match.end + 7 }
  }
  return match
}

function letterRunEnd(text: string, pos: number): number {
  let end = pos
  while (end < text.length && end - pos < 4 && isLetter(text.charCodeAt(end))) end++
  return end
}

// A scale right after the number at `pos`, attached ("1.5bn") or after a space ("1.5 billion").
export function scaleAfter(text: string, pos: number, hasCurrency: boolean): ScaleMatch | undefined {
  const next = text.charCodeAt(pos)
  // Fast exit: a scale starts right after the number or after one space.
  if (!isLetter(next) && !((next === 0x20 || next === 0xa0) && isLetter(text.charCodeAt(pos + 1)))) return undefined
  const attachedEnd = letterRunEnd(text, pos)
  if (attachedEnd > pos && !isLetter(text.charCodeAt(attachedEnd)) && !isDigit(text.charCodeAt(attachedEnd))) {
    const written = text.slice(pos, attachedEnd)
    const exponent = ABBREVIATIONS[written]
    if (exponent !== undefined && (hasCurrency || !NEEDS_CURRENCY.has(written)) && isScaleUse(text, written, attachedEnd, hasCurrency)) {
      return withStrong(text, { exponent, text: written, end: attachedEnd })
    }
  }
  const word = wordAfter(text, pos)
  if (!word || word.start === pos) return undefined
  const hyphen = word.lower.indexOf('-')
  const base = hyphen < 0 ? word.lower : word.lower.slice(0, hyphen)
  const exponent = SCALE_WORDS[base] ?? (['bn', 'mn', 'mln', 'tn', 'trn'].includes(base) ? ABBREVIATIONS[base] : undefined)
  if (exponent === undefined) return undefined
  const end = word.start + base.length
  return withStrong(text, { exponent, text: word.raw.slice(0, base.length), end })
}

// "m" and "k" without a currency: "5m people" is five million, "100m" is a distance.
function isScaleUse(text: string, written: string, end: number, hasCurrency: boolean): boolean {
  if (hasCurrency || (written !== 'm' && written !== 'k')) return true
  const next = wordAfter(text, end)
  if (!next || next.start === end) return false
  return isPluralNoun(next.lower) || next.lower === 'of'
}
