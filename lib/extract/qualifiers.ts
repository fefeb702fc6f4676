// Words before a number that bound it: "over $110 billion", "nearly 40%".

import type { Qualifier } from './types'
import { matchBefore, skipSpacesBackward, wordBefore, wordsBefore, type Phrase } from './text-cursor'

interface QualifierPhrase extends Phrase {
  qualifier: Qualifier
}

// The words of tests/fixtures/extract/GUIDELINES.md, with their inflections
// ("exceeds", "surpassing") and intensifiers ("well over", "just under").
// Verbs outside that list ("topped", "an estimated") bound nothing.
const TABLE: Record<Qualifier, string> = {
  over: 'well over|just over|well above|over|above',
  more_than: 'more than',
  exceeded: 'exceeded|exceeds|exceeding|exceed|surpassed|surpasses|surpassing',
  at_least: 'no fewer than|no less than|at least',
  nearly: 'close to|nearly|almost',
  about: 'approximately|roughly|around|about|some',
  up_to: 'no more than|as many as|as much as|up to',
  less_than: 'less than|fewer than|just under|under|below',
  exactly: 'exactly|precisely',
}

// Longest phrases first so "no more than" is not read as "more than".
const PHRASES: QualifierPhrase[] = Object.entries(TABLE)
  .flatMap(([qualifier, forms]) => forms.split('|').map((form) => ({ words: form.split(' '), qualifier: qualifier as Qualifier })))
  .sort((a, b) => b.words.length - a.words.length)

const LAST_WORDS = new Set(PHRASES.map((phrase) => phrase.words[phrase.words.length - 1]!))

export interface QualifierMatch {
  qualifier: Qualifier
  start: number
}

// The qualifier that ends at `pos` (the start of the number or its currency symbol).
export function qualifierBefore(text: string, pos: number): QualifierMatch | undefined {
  const end = skipSpacesBackward(text, pos)
  if (end > 0 && (text.charCodeAt(end - 1) === 0x7e /* ~ */ || text.charCodeAt(end - 1) === 0x2248 /* ≈ */)) {
    return { qualifier: 'about', start: end - 1 }
  }
  if (end > 0 && (text.charCodeAt(end - 1) === 0x3e || text.charCodeAt(end - 1) === 0x3c)) {
    // ">5%" and "<5%"
    return { qualifier: text.charCodeAt(end - 1) === 0x3e ? 'more_than' : 'less_than', start: end - 1 }
  }
  const last = wordBefore(text, end, false)
  if (!last || !LAST_WORDS.has(last.lower)) return undefined
  const match = matchBefore(wordsBefore(text, pos, 3), PHRASES)
  return match ? { qualifier: match.entry.qualifier, start: match.start } : undefined
}
