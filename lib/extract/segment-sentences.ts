// Sentence segmentation: Intl.Segmenter (Unicode sentence boundaries), then
// repairs where it breaks wrongly for news text — after titles and initials
// ("Dr. Smith", "J. K. Rowling"), after "U.S." inside a sentence, before a
// lower-case continuation ("“Really?” she asked"), and after list markers.

import { abbreviationAt, SENTENCE_STARTERS } from './abbreviations'
import type { Span } from './types'
import { isLetter, isUpper, wordAfter } from './text-cursor'

// Intl.Segmenter slows down sharply on very long inputs, so it sees one line at a
// time, and lines longer than this are cut at a space first.
const MAX_CHUNK = 4000

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

const LIST_MARKER = /^(?:[-*•‣◦–—]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s+/
const MARKER_ONLY = /^\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s*$/

// Cuts the text into pieces of at most MAX_CHUNK characters, at a newline when
// there is one (the segmenter breaks there anyway), else after a sentence end.
function chunks(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let start = 0
  while (text.length - start > MAX_CHUNK) {
    const window = text.slice(start, start + MAX_CHUNK)
    const newline = window.lastIndexOf('\n')
    const end = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '))
    let cut = newline > 0 ? start + newline + 1 : end > MAX_CHUNK / 2 ? start + end + 2 : text.lastIndexOf(' ', start + MAX_CHUNK)
    if (cut <= start) cut = start + MAX_CHUNK
    result.push([start, cut])
    start = cut
  }
  result.push([start, text.length])
  return result
}

// Should the segment ending at `end` be joined with the one starting at `next`?
function shouldJoin(text: string, end: number, next: number): boolean {
  let last = end - 1
  while (last >= 0 && /\s/.test(text[last]!)) {
    if (text[last] === '\n') return false // a line ends a sentence
    last--
  }
  const nextWord = wordAfter(text, next)
  const first = text.charCodeAt(next)
  if (isLetter(first) && !isUpper(first) && first < 0x2000 && text[next]!.toLowerCase() === text[next]) return true
  if (text[last] !== '.') return false
  const kind = abbreviationAt(text, last)
  if (kind === 'never-final') return true
  if (kind === 'maybe-final') return nextWord !== undefined && !SENTENCE_STARTERS.has(nextWord.lower) && isUpper(text.charCodeAt(nextWord.start))
  return false
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  const marker = LIST_MARKER.exec(text.slice(start, Math.min(end, start + 12)))
  if (marker && marker[0].length < end - start) start += marker[0].length
  return end > start ? { start, end } : undefined
}

function segmentChunk(text: string, chunkStart: number, chunkEnd: number, spans: Span[]): void {
  let pendingStart = -1
  for (const segment of segmenter.segment(text.slice(chunkStart, chunkEnd))) {
    const start = chunkStart + segment.index
    const end = start + segment.segment.length
    if (pendingStart < 0) pendingStart = start
    // A segment that is only a list marker ("2. ") belongs to the item after it.
    const isMarker = segment.segment.length <= 8 && !segment.segment.includes('\n') && MARKER_ONLY.test(segment.segment)
    if (end < chunkEnd && (isMarker || shouldJoin(text, end, end))) continue
    pushTrimmed(text, pendingStart, end, spans)
    pendingStart = -1
  }
  if (pendingStart >= 0) pushTrimmed(text, pendingStart, chunkEnd, spans)
}

// A segment may still hold a line break (a marker joined to its line): split there.
function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let lineStart = start
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const span = trimSpan(text, lineStart, i)
    if (span) spans.push(span)
    lineStart = i + 1
  }
  const span = trimSpan(text, lineStart, end)
  if (span) spans.push(span)
}

export function segmentSentences(text: string): Span[] {
  const spans: Span[] = []
  for (const [start, end] of chunks(text)) segmentChunk(text, start, end, spans)
  return spans
}
