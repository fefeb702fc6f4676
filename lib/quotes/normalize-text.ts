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
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'
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
    else if (DASHES.includes(char)) result = '-'
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
  // pass 2: no space beside a dash, and no hyphen between letters, so "eco- nomic",
  // "eco-nomic" and "economic" compare equal, as do "costs — and" and "costs—and"
  const text: string[] = []
  const outStarts = new Int32Array(chars.length)
  const outEnds = new Int32Array(chars.length)
  let n = 0
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!
    if (char === ' ' && (chars[i + 1] === '-' || text[n - 1] === '-')) continue
    if (char === '-') {
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

// The source span [start, end) that normalized characters [from, to) came from.
export function sourceSpan(normalized: NormalizedText, from: number, to: number): { start: number; end: number } {
  return { start: normalized.starts[from]!, end: normalized.ends[to - 1]! }
}
