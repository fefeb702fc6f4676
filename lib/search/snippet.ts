// A result's snippet as parts, some highlighted: the page renders them as text and
// <mark>, so no HTML is ever built from what users wrote. Pure: no I/O.
import { MARK_END, MARK_START } from './snippet-marks'

export interface SnippetPart {
  text: string
  isMatch: boolean
}

// ts_headline's output, with each match between MARK_START and MARK_END.
export function splitHeadline(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let isMatch = false
  for (const piece of headline.split(new RegExp(`([${MARK_START}${MARK_END}])`))) {
    if (piece === MARK_START) isMatch = true
    else if (piece === MARK_END) isMatch = false
    else if (piece) push(parts, piece, isMatch)
  }
  return parts
}

// Also highlights these phrases (the figures a claim matched on, which full-text
// search does not mark) wherever they occur in text not already highlighted.
export function markPhrases(parts: SnippetPart[], phrases: string[]): SnippetPart[] {
  const wanted = phrases.filter(Boolean)
  if (!wanted.length) return parts
  const pattern = new RegExp(wanted.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi')
  const marked: SnippetPart[] = []
  for (const part of parts) {
    if (part.isMatch) {
      push(marked, part.text, true)
      continue
    }
    let cursor = 0
    for (const match of part.text.matchAll(pattern)) {
      push(marked, part.text.slice(cursor, match.index), false)
      push(marked, match[0], true)
      cursor = match.index + match[0].length
    }
    push(marked, part.text.slice(cursor), false)
  }
  return marked
}

function push(parts: SnippetPart[], text: string, isMatch: boolean): void {
  if (!text) return
  const last = parts.at(-1)
  if (last && last.isMatch === isMatch) last.text += text
  else parts.push({ text, isMatch })
}
