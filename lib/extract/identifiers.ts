// Numbers that name rather than measure: "G20", "COVID-19", "5G", "Windows 11",
// "Article 5", "the Fortune 500", "page 12". None of them is a quantity.

import { isDigit, isLetter, isUpper, skipSpacesBackward, wordAfter, wordBefore } from './text-cursor'

// Words after which a number is a label: "page 5", "article 5", "route 66".
const LABEL_WORDS = new Set([
  'page', 'pages', 'p', 'pp', 'article', 'articles', 'section', 'sections', 'chapter', 'route', 'flight', 'room', 'version',
  'v', 'phase', 'level', 'grade', 'season', 'episode', 'series', 'model', 'type', 'category', 'class', 'tier', 'gate',
  'platform', 'exit', 'highway', 'interstate', 'apartment', 'suite', 'paragraph', 'clause', 'item', 'table', 'figure', 'fig',
  'appendix', 'volume', 'vol', 'issue', 'part', 'act', 'resolution', 'amendment', 'rule', 'step', 'stage', 'question',
  'line', 'lane', 'block', 'district', 'ward', 'precinct', 'unit', 'no', 'nos', 'number', 'code', 'id', 'ticket', 'channel',
  'bus', 'train', 'terminal', 'hall', 'floor', 'verse', 'psalm', 'game', 'week', 'day', 'round', 'matchday', 'lot', 'batch',
])

// Capitalized words that commonly start a sentence or precede a number
// without naming it ("In 2024", "Nearly 500", "About 40%").
const FUNCTION_WORDS = new Set(
  (
    'the a an in on at by for from to of since during until till about around over under nearly almost some roughly ' +
    'approximately more less fewer least only just up with without after before between among and or but so yet as than ' +
    'that this these those its their his her our my your all each every another exactly precisely above below while when ' +
    'where if because although though plus minus estimated including within across per via like unlike top another both ' +
    'just some just barely fully another whereas however meanwhile overall then now today there here it they we he she i ' +
    'you also even still what which who whose how why of through throughout towards toward into onto upon beyond despite amid amidst'
  ).split(' '),
)

// A capital anywhere: "Windows", "iPhone", "COVID".
function isProperName(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (isUpper(raw.charCodeAt(i))) return true
  return false
}

// True when the digits at `start` are glued to letters before them ("G20",
// "MH17", "COVID-19", "F-35"). "mid-2024" and "top-10" are not identifiers.
export function isGluedToLetters(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1)
  if (isLetter(before)) return true
  if (before !== 0x2d || !isLetter(text.charCodeAt(start - 2))) return false
  const word = wordBefore(text, start - 1, false)?.lower
  return !(word && ['mid', 'pre', 'post', 'early', 'late', 'top', 'end', 'fiscal', 'circa', 'since', 'over', 'under'].includes(word))
}

// True when the word before the number makes it a label or a name.
export function isLabelled(text: string, start: number): boolean {
  const word = wordBefore(text, start)
  if (!word) return text.charCodeAt(start - 1) === 0x23 /* # */
  if (LABEL_WORDS.has(word.lower)) return word.raw !== 'No' // "No 1" and "No. 1" are ranks
  if (FUNCTION_WORDS.has(word.lower) || word.lower.endsWith("'s") || word.lower.endsWith('’s')) return false
  return isProperName(word.raw)
}

const PHONE_VERBS = new Set(['call', 'dial', 'ring', 'phone', 'telephone', 'tel', 'text', 'fax', 'hotline'])

// Phone numbers: "0800 015 4402", "+41 22 555 01 23", "1-800-555-0199", "call 111".
// Returns the end of the whole number so that none of its groups is read.
export function phoneNumberEnd(text: string, pos: number): number | undefined {
  let end = pos
  let groups = 0
  let hasHyphen = false
  for (;;) {
    while (end < text.length && isDigit(text.charCodeAt(end))) end++
    groups++
    const separator = text.charCodeAt(end)
    const isSeparator = separator === 0x20 || separator === 0xa0 || separator === 0x2d
    if (!isSeparator || !isDigit(text.charCodeAt(end + 1)) || groups > 8) break
    hasHyphen ||= separator === 0x2d
    end++
  }
  const hasPlus = text.charCodeAt(pos - 1) === 0x2b && !isDigit(text.charCodeAt(pos - 2))
  const hasTrunkZero = text.charCodeAt(pos) === 0x30 && isDigit(text.charCodeAt(pos + 1))
  if ((hasPlus && groups >= 2) || hasTrunkZero || (hasHyphen && groups >= 3)) return end
  let verb = wordBefore(text, hasPlus ? pos - 1 : pos)
  // "call 999 or 112": the second number of the call.
  if (verb?.lower === 'or' && isDigit(text.charCodeAt(skipSpacesBackward(text, verb.start) - 1))) {
    let digits = skipSpacesBackward(text, verb.start)
    while (digits > 0 && isDigit(text.charCodeAt(digits - 1))) digits--
    verb = wordBefore(text, digits)
  }
  return verb && PHONE_VERBS.has(verb.lower) ? end : undefined
}

const STREET_WORDS = /^(?:Street|St|Square|Sq|Road|Rd|Avenue|Ave|Lane|Place|Boulevard|Blvd|Way|Drive|Terrace|Gardens|Crescent|Court|Row|Hill|Close|Parade|Strasse|Straße|Rue|Via|Calle)\b/

// "at 24 Grosvenor Square", "10 Downing Street": a house number before up to three
// capitalized words and a street word.
export function isHouseNumber(text: string, end: number): boolean {
  let cursor = end
  for (let words = 0; words < 4; words++) {
    const word = wordAfter(text, cursor)
    if (!word || !isUpper(text.charCodeAt(word.start)) || word.start === cursor) return false
    if (words > 0 && STREET_WORDS.test(word.raw)) return true
    cursor = word.end
  }
  return false
}

// "EP 1 234 567": a label's number written in space-separated groups, skipped whole.
export function groupedRunEnd(text: string, end: number): number {
  while (text.charCodeAt(end) === 0x20 && /^\d{3}(?!\d)/.test(text.slice(end + 1, end + 5))) end += 4
  return end
}

// A capitalized word that does not start a sentence: part of a name
// ("the Six Nations", "the 24 Hours of Le Mans").
export function isCapitalizedInside(text: string, start: number): boolean {
  if (!isUpper(text.charCodeAt(start))) return false
  let i = start - 1
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--
  if (i < 0) return false
  return !/[.!?:;"“‘'(\n\u2014\u2013-]/.test(text[i]!)
}

// True inside a web address or after a percent-escape ("…/report%280024.pdf",
// "example.org/2024/05/"): its digits are parts of a name, never figures to check.
const URL_PUNCTUATION = new Set(['/', '=', '-', '_', '.', '?', '&', '#', '+', '~'])

export function isInsideUrl(text: string, start: number): boolean {
  const before = text[start - 1]
  if (before === '%') return true
  // A number in an address follows its punctuation: only then is the word read back.
  if (before === undefined || !URL_PUNCTUATION.has(before)) return false
  let from = start
  while (from > 0 && start - from < 300 && !/\s/.test(text[from - 1]!)) from--
  const token = text.slice(from, start)
  return token.includes('://') || token.startsWith('www.')
}
