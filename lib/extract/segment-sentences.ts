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

function chunks(line: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let start = 0
  while (line.length - start > MAX_CHUNK) {
    // Prefer a cut after a sentence end, so no sentence is split by the chunking.
    const window = line.slice(start, start + MAX_CHUNK)
    const end = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '))
    let cut = end > MAX_CHUNK / 2 ? start + end + 2 : line.lastIndexOf(' ', start + MAX_CHUNK)
    if (cut <= start) cut = start + MAX_CHUNK
    result.push([start, cut])
    start = cut
  }
  result.push([start, line.length])
  return result
}

// Should the segment ending at `end` be joined with the one starting at `next`?
function shouldJoin(text: string, end: number, next: number): boolean {
  let last = end - 1
  while (last >= 0 && /\s/.test(text[last]!)) last--
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

function segmentLine(text: string, lineStart: number, lineEnd: number, spans: Span[]): void {
  const line = text.slice(lineStart, lineEnd)
  for (const [chunkStart, chunkEnd] of chunks(line)) {
    let pendingStart = -1
    for (const segment of segmenter.segment(line.slice(chunkStart, chunkEnd))) {
      const start = lineStart + chunkStart + segment.index
      const end = start + segment.segment.length
      if (pendingStart < 0) pendingStart = start
      // A segment that is only a list marker ("2. ") belongs to the item after it.
      const isMarker = segment.segment.length <= 8 && MARKER_ONLY.test(segment.segment)
      if (end < lineStart + chunkEnd && (isMarker || shouldJoin(text, end, end))) continue
      const span = trimSpan(text, pendingStart, end)
      if (span) spans.push(span)
      pendingStart = -1
    }
    if (pendingStart >= 0) {
      const span = trimSpan(text, pendingStart, lineStart + chunkEnd)
      if (span) spans.push(span)
    }
  }
}

export function segmentSentences(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    if (lineEnd > lineStart) segmentLine(text, lineStart, lineEnd, spans)
    lineStart = lineEnd + 1
  }
  return spans
}
