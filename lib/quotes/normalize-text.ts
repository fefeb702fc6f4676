// Text as a quote is compared with its source: case, quote marks, dashes, white space
// (NBSP, PDF line breaks), soft hyphens, ligatures and line-break hyphenation
// ("eco- nomic") no longer tell two texts apart. Every normalized character keeps the
// source offsets it came from, so a match in the normalized text maps back to the
// exact words of the source.

export interface NormalizedText {
  text: string
  // source span [starts[i], ends[i]) of normalized character i
  starts: Int32Array
  ends: Int32Array
}

const DOUBLE_QUOTES = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u3003\uFF02'
const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u0060\u00B4\uFF07"
// Hyphens join words ("self-reliant", "eco- nomic" at a line break); dashes set a
// clause apart ("billion — its", "billion -- its"). An en dash or a hyphen standing
// between spaces is a dash; between two characters it is a hyphen ("medium–sized",
// "2014–2024").
const HYPHENS = '-\u2010\u2011\u2012\u2212\uFE63\uFF0D'
const EN_DASH = '\u2013'
const EM_DASHES = '\u2014\u2015\uFE58'
const HYPHEN = '-'
const DASH = '\u2014'
// invisible in print: a soft hyphen marks where a word may break, the others join
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF'

const folded = new Map<string, string>()

// One source code unit as it compares: quote marks, dashes, ellipsis and spaces to one
// form each, the rest NFKC (ligatures "ﬁ" → "fi", full-width forms) and lower case.
function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
    if (char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\v') return ' '
    return char === '`' ? "'" : char
  }
  let result = folded.get(char)
  if (result === undefined) {
    if (DOUBLE_QUOTES.includes(char)) result = '"'
    else if (SINGLE_QUOTES.includes(char)) result = "'"
    else if (HYPHENS.includes(char)) result = HYPHEN
    else if (char === EN_DASH) result = EN_DASH
    else if (EM_DASHES.includes(char)) result = DASH
    else if (INVISIBLE.includes(char)) result = ''
    else if (char === '\u2026') result = '...'
    else if (/\s/u.test(char)) result = ' '
    else result = char.normalize('NFKC').toLowerCase()
    folded.set(char, result)
  }
  return result
}

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char)

export function normalizeText(source: string): NormalizedText {
  // pass 1: fold each character, collapse runs of white space to one space
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < source.length; i++) {
    const char = foldChar(source[i]!)
    for (const out of char) {
      if (out === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue
      chars.push(out)
      starts.push(i)
      ends.push(i + 1)
    }
  }
  if (chars[chars.length - 1] === ' ') {
    chars.pop()
    starts.pop()
    ends.pop()
  }
  classifyDashes(chars, starts, ends)
  // pass 2: no space beside a dash, and no hyphen between letters, so "eco- nomic",
  // "eco-nomic" and "economic" compare equal, as do "costs — and" and "costs—and"
  const text: string[] = []
  const outStarts = new Int32Array(chars.length)
  const outEnds = new Int32Array(chars.length)
  let n = 0
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!
    if (char === ' ' && (isDashLike(chars[i + 1]) || isDashLike(text[n - 1]))) continue
    if (char === HYPHEN) {
      const next = chars[i + 1] === ' ' ? chars[i + 2] : chars[i + 1]
      if (isLetter(text[n - 1]) && isLetter(next)) {
        if (chars[i + 1] === ' ') i++
        continue
      }
    }
    text.push(char)
    outStarts[n] = starts[i]!
    outEnds[n] = ends[i]!
    n++
  }
  return { text: text.join(''), starts: outStarts.subarray(0, n), ends: outEnds.subarray(0, n) }
}

const isDashLike = (char: string | undefined) => char === HYPHEN || char === DASH

// Each run of hyphens and dashes becomes one HYPHEN or one DASH (see HYPHENS), keeping
// the run's source span. One pass, in place.
function classifyDashes(chars: string[], starts: number[], ends: number[]): void {
  const isRunChar = (char: string | undefined) => char === HYPHEN || char === EN_DASH || char === DASH
  let n = 0
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i]!
    const start = starts[i]!
    if (isRunChar(char)) {
      let last = i
      while (isRunChar(chars[last + 1])) last++
      const isSpaced = (i === 0 || chars[i - 1] === ' ') && (last === chars.length - 1 || chars[last + 1] === ' ')
      char = last > i || char === DASH || isSpaced ? DASH : HYPHEN
      i = last
    }
    chars[n] = char
    starts[n] = start
    ends[n] = ends[i]!
    n++
  }
  chars.length = n
  starts.length = n
  ends.length = n
}

// The source span [start, end) that normalized characters [from, to) came from.
export function sourceSpan(normalized: NormalizedText, from: number, to: number): { start: number; end: number } {
  return { start: normalized.starts[from]!, end: normalized.ends[to - 1]! }
}
