// The words around a claim's quote, for reading it in context: up to CONTEXT_CHARS
// either side, cut at sentence boundaries when one falls inside that window, else at a
// word boundary with an ellipsis. Pure; offsets are UTF-16 code units into the text.

export const CONTEXT_CHARS = 160

// Where a sentence ends: terminal punctuation, closing quotes or brackets, then a space.
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g

export function claimContext(text: string, start: number, end: number): { before: string; after: string } {
  return { before: contextBefore(text, start), after: contextAfter(text, end) }
}

function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS)
  const window = text.slice(from, start)
  if (from === 0) return flatten(window)
  // The earliest sentence start in the window keeps as many whole sentences as fit.
  const starts = sentenceStarts(window)
  if (starts.length > 0) return flatten(window.slice(starts[0]))
  const space = window.search(/\s/)
  return space < 0 ? '' : `…${flatten(window.slice(space).trimStart())}`
}

function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT_CHARS)
  const window = text.slice(end, to)
  if (to === text.length) return flatten(window)
  const ends = sentenceEnds(window)
  if (ends.length > 0) return flatten(window.slice(0, ends[ends.length - 1]))
  const space = lastWhitespace(window)
  return space < 0 ? '' : `${flatten(window.slice(0, space))}…`
}

// Offsets in `window` where a new sentence (or line) begins, after its whitespace.
function sentenceStarts(window: string): number[] {
  const starts: number[] = []
  for (const match of window.matchAll(SENTENCE_END)) {
    const next = skipSpace(window, match.index + match[0].length)
    if (next < window.length) starts.push(next)
  }
  for (const match of window.matchAll(/\n/g)) {
    const next = skipSpace(window, match.index + 1)
    if (next < window.length) starts.push(next)
  }
  return starts.sort((a, b) => a - b)
}

// Offsets in `window` just after a sentence's (or line's) last character.
function sentenceEnds(window: string): number[] {
  const ends: number[] = []
  for (const match of window.matchAll(SENTENCE_END)) ends.push(match.index + match[0].length)
  for (const match of window.matchAll(/\n/g)) if (match.index > 0) ends.push(match.index)
  return ends.sort((a, b) => a - b)
}

function skipSpace(text: string, index: number): number {
  let at = index
  while (at < text.length && /\s/.test(text[at]!)) at++
  return at
}

function lastWhitespace(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) if (/\s/.test(text[at]!)) return at
  return -1
}

// Line breaks read as spaces in a one-line context; the space next to the quote is kept.
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ')
}
