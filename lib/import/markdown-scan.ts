// Lexical scans for Markdown inline syntax. Each one is linear or bounded, so a
// hostile file of brackets, backticks or angle brackets cannot take quadratic time.

// Pairs every opening bracket with its closing one in one pass; escaped brackets
// ("\[") do not count.
export function matchBrackets(source: string, open: string, close: string): Map<number, number> {
  const pairs = new Map<number, number>()
  const stack: number[] = []
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]
    if (ch === '\\') i += 1
    else if (ch === open) stack.push(i)
    else if (ch === close && stack.length > 0) pairs.set(stack.pop()!, i)
  }
  return pairs
}

// A code span opened by the backtick run at `start`: its literal text and where it
// ends; an unmatched run is literal backticks. `noCloserAfter` remembers, per run
// length, a position after which no closing run exists, so each length is searched
// to the end at most once.
export function scanCodeSpan(source: string, start: number, noCloserAfter: Map<number, number>): { text: string; end: number } {
  const length = runLength(source, start, '`')
  const literal = { text: '`'.repeat(length), end: start + length }
  const known = noCloserAfter.get(length)
  if (known !== undefined && known <= start) return literal
  let j = source.indexOf('`', start + length)
  while (j !== -1) {
    const run = runLength(source, j, '`')
    if (run === length) return { text: codeText(source.slice(start + length, j)), end: j + run }
    j = source.indexOf('`', j + run)
  }
  noCloserAfter.set(length, start)
  return literal
}

function codeText(raw: string): string {
  const text = raw.replace(/\n/g, ' ')
  return text.length > 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim() ? text.slice(1, -1) : text
}

function runLength(source: string, start: number, char: string): number {
  let end = start
  while (source[end] === char) end += 1
  return end - start
}

// "&amp;", "&#8364;", "&#x20AC;" as written, or undefined for a bare "&".
export function scanEntity(source: string, start: number): string | undefined {
  return /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(source.slice(start, start + 40))?.[0]
}

// Whether the "<" at `start` opens raw HTML (a tag, closing tag, comment or
// declaration). Only the start is recognized: the HTML parser reads the rest.
export function isHtmlStart(source: string, start: number): boolean {
  const next = source[start + 1] ?? ''
  if (/[A-Za-z!?]/.test(next)) return true
  return next === '/' && /[A-Za-z]/.test(source[start + 2] ?? '')
}

// "<https://example.com/x>" or "<someone@example.com>": shown as the address itself.
// The scan stops at the first space or "<", so scans never overlap.
export function scanAutolink(source: string, start: number): { url: string; end: number } | undefined {
  let end = start + 1
  while (end < source.length && !/[\s<>]/.test(source[end]!)) end += 1
  if (source[end] !== '>') return undefined
  const url = source.slice(start + 1, end)
  const isAutolink = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(url) || /^[^\s@<>\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(url)
  return isAutolink ? { url, end: end + 1 } : undefined
}
