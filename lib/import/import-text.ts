import { toCanonicalText } from '@/lib/text/canonical-text'
import { blocksOfLines } from './assemble-blocks'
import { noText } from './import-errors'
import type { ImportedDocument, InputNoun } from './types'

// A first line this short, without closing punctuation, followed by more text, is
// almost always the article's title (as in the seed article); it becomes a heading.
const MAX_TITLE_LINE_LENGTH = 150

// Plain text is kept exactly as written, only made canonical; a line is a block.
export function textToDocument(decoded: string, noun: InputNoun): ImportedDocument {
  const text = toCanonicalText(decoded)
  const blocks = blocksOfLines(text)
  const first = blocks[0]
  if (!first) throw noText(noun)
  const firstLine = text.slice(first.start, first.end)
  const isTitle = blocks.length > 1 && firstLine.length <= MAX_TITLE_LINE_LENGTH && !/[.!?,;:]$/.test(firstLine)
  if (isTitle) blocks[0] = { kind: 'heading', level: 1, start: first.start, end: first.end }
  return { title: isTitle ? firstLine : null, text, blocks, format: 'txt', metadata: {} }
}
