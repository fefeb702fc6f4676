// Character classes and word reading around a position. The quantity scanner
// looks only at a few words either side of each number, so it reads them
// straight from the text instead of tokenizing the whole document.

export interface Word {
  start: number
  end: number
  lower: string // lower-cased text of the word
  raw: string
}

// Space, no-break space, thin space, narrow no-break space, other Unicode spaces — not newlines.
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

export function isLetter(code: number): boolean {
  // charCodeAt past either end of the text: no letter there (NaN passes no comparison)
  if (Number.isNaN(code)) return false
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true
  if (code < 0xc0) return false
  // Latin-1 letters and everything above (Latin Extended, Cyrillic, CJK…),
  // minus the punctuation, symbol and space blocks a sentence uses.
  if (code === 0xd7 || code === 0xf7) return false
  if (code >= 0x2000 && code <= 0x2bff) return false
  if (code >= 0x3000 && code <= 0x303f) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  if (code >= 0xfe00 && code <= 0xfe6f) return false
  if (code >= 0xff00 && code <= 0xff20) return false
  return true
}

export function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011
}

// Inside a word: letters, and an apostrophe or hyphen between two letters.
function isWordInterior(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (isLetter(code)) return true
  if (!isApostrophe(code) && !isHyphen(code)) return false
  return isLetter(text.charCodeAt(index - 1)) && isLetter(text.charCodeAt(index + 1))
}

export function skipSpacesForward(text: string, pos: number): number {
  while (pos < text.length && isInlineSpace(text.charCodeAt(pos))) pos++
  return pos
}

export function skipSpacesBackward(text: string, pos: number): number {
  while (pos > 0 && isInlineSpace(text.charCodeAt(pos - 1))) pos--
  return pos
}

function makeWord(text: string, start: number, end: number): Word {
  const raw = text.slice(start, end)
  return { start, end, raw, lower: raw.toLowerCase() }
}

// The scanner asks for the same few words around a number many times (is it a
// scale? a currency? a unit?); a small cache of recent words avoids re-reading
// and re-lower-casing them. Keyed by text and boundary position.
const CACHE_SIZE = 16
const cacheText: Array<string | undefined> = new Array(CACHE_SIZE)
const cacheKey = new Int32Array(CACHE_SIZE)
const cacheWord: Array<Word | undefined> = new Array(CACHE_SIZE)
let cacheNext = 0

// `key` is the word's start (≥ 0) for words read forward, -(end + 1) for words read backward.
function cached(text: string, key: number): Word | undefined | null {
  for (let i = 0; i < CACHE_SIZE; i++) if (cacheKey[i] === key && cacheText[i] === text) return cacheWord[i]
  return null
}

function remember(text: string, key: number, word: Word | undefined): Word | undefined {
  cacheText[cacheNext] = text
  cacheKey[cacheNext] = key
  cacheWord[cacheNext] = word
  cacheNext = (cacheNext + 1) % CACHE_SIZE
  return word
}

// The word that starts at `pos` (after inline spaces when `skipSpaces`), or undefined.
export function wordAfter(text: string, pos: number, skipSpaces = true): Word | undefined {
  const start = skipSpaces ? skipSpacesForward(text, pos) : pos
  if (start >= text.length || !isLetter(text.charCodeAt(start))) return undefined
  const hit = cached(text, start)
  if (hit !== null) return hit
  let end = start + 1
  while (end < text.length && end - start < 40 && isWordInterior(text, end)) end++
  return remember(text, start, makeWord(text, start, end))
}

// The word that ends at `pos` (before inline spaces when `skipSpaces`), or undefined.
export function wordBefore(text: string, pos: number, skipSpaces = true): Word | undefined {
  const end = skipSpaces ? skipSpacesBackward(text, pos) : pos
  if (end <= 0 || !isLetter(text.charCodeAt(end - 1))) return undefined
  const hit = cached(text, -(end + 1))
  if (hit !== null) return hit
  let start = end - 1
  while (start > 0 && end - start < 40 && isWordInterior(text, start - 1)) start--
  return remember(text, -(end + 1), makeWord(text, start, end))
}

// Up to `max` consecutive words after `pos`, separated only by inline spaces.
export function wordsAfter(text: string, pos: number, max: number): Word[] {
  const words: Word[] = []
  let cursor = pos
  while (words.length < max) {
    const word = wordAfter(text, cursor)
    if (!word) break
    words.push(word)
    cursor = word.end
  }
  return words
}

// Up to `max` consecutive words before `pos`, nearest first.
export function wordsBefore(text: string, pos: number, max: number): Word[] {
  const words: Word[] = []
  let cursor = pos
  while (words.length < max) {
    const word = wordBefore(text, cursor)
    if (!word) break
    words.push(word)
    cursor = word.start
  }
  return words
}

export interface Phrase {
  words: readonly string[] // lower-case, in reading order
}

// The first listed phrase that `words` (read forward from a position) starts with.
// List longer phrases first.
export function matchAfter<T extends Phrase>(words: readonly Word[], phrases: readonly T[]): { entry: T; end: number } | undefined {
  for (const entry of phrases) {
    const n = entry.words.length
    if (n > words.length) continue
    let isMatch = true
    for (let i = 0; i < n && isMatch; i++) isMatch = words[i]!.lower === entry.words[i]
    if (isMatch) return { entry, end: words[n - 1]!.end }
  }
  return undefined
}

// The first listed phrase that ends where `words` (read backward, nearest first) begin.
export function matchBefore<T extends Phrase>(words: readonly Word[], phrases: readonly T[]): { entry: T; start: number } | undefined {
  for (const entry of phrases) {
    const n = entry.words.length
    if (n > words.length) continue
    let isMatch = true
    for (let i = 0; i < n && isMatch; i++) isMatch = words[i]!.lower === entry.words[n - 1 - i]
    if (isMatch) return { entry, start: words[n - 1]!.start }
  }
  return undefined
}
