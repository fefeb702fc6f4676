import { collectListItem, collectQuote, LIST_ITEM } from './markdown-containers'
import { escapeHtml, inlineToHtml } from './markdown-inline'
import { isTableStart, tableToHtml } from './markdown-table'

// A small line-based Markdown reader (CommonMark's block structure, simplified) that
// writes HTML for the HTML reader: headings (ATX and Setext), paragraphs, block
// quotes, lists, fenced code, GFM tables. It is not a renderer: it only has to find
// the blocks and their text. Indented lines are read as paragraph text, not code,
// because prose files often indent their paragraphs.

const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/
const REFERENCE_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S/
// Quotes and lists inside quotes and lists nest no deeper than this; deeper markers
// are read as text, which keeps a hostile file from recursing without end.
const MAX_NESTING = 16

export function markdownToHtml(markdown: string, nesting = 0): string {
  const lines = markdown.split('\n').map(expandLeadingTabs)
  const html: string[] = []
  let paragraph: string[] = []
  const closeParagraph = () => {
    if (paragraph.length > 0) html.push(`<p>${inlineToHtml(paragraph.join('\n'))}</p>`)
    paragraph = []
  }
  const canNest = nesting < MAX_NESTING
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    const heading = ATX_HEADING.exec(line)
    const underline = SETEXT_UNDERLINE.exec(line)
    const item = canNest ? LIST_ITEM.exec(line) : null
    if (!line.trim()) {
      closeParagraph()
      i += 1
    } else if (paragraph.length > 0 && underline) {
      const level = underline[1]!.startsWith('=') ? 1 : 2
      html.push(`<h${level}>${inlineToHtml(paragraph.join('\n'))}</h${level}>`)
      paragraph = []
      i += 1
    } else if (heading) {
      closeParagraph()
      const level = heading[1]!.length
      html.push(`<h${level}>${inlineToHtml(stripClosingHashes(heading[2]!))}</h${level}>`)
      i += 1
    } else if (THEMATIC_BREAK.test(line)) {
      closeParagraph()
      i += 1
    } else if (FENCE.test(line)) {
      closeParagraph()
      i = readFence(lines, i, html)
    } else if (canNest && /^ {0,3}>/.test(line)) {
      closeParagraph()
      const quote = collectQuote(lines, i)
      html.push(`<blockquote>${markdownToHtml(quote.inner.join('\n'), nesting + 1)}</blockquote>`)
      i = quote.next
    } else if (item && (paragraph.length === 0 || canInterruptParagraph(item))) {
      closeParagraph()
      i = readList(lines, i, html, nesting)
    } else if (paragraph.length === 0 && isTableStart(lines, i)) {
      const table = tableToHtml(lines, i)
      html.push(table.html)
      i = table.next
    } else if (paragraph.length === 0 && REFERENCE_DEFINITION.test(line)) {
      i += 1 // a link target, not text
    } else {
      paragraph.push(line.trimStart())
      i += 1
    }
  }
  closeParagraph()
  return html.join('\n')
}

// Consecutive items with the same kind of marker form one list. An ordered item keeps
// its number as written ("1986. A great year." is a list to Markdown, but the reader
// sees 1986); escaped, so it is not read as a list marker again.
function readList(lines: string[], start: number, html: string[], nesting: number): number {
  const isOrdered = /\d/.test(LIST_ITEM.exec(lines[start]!)![2]!)
  const items: string[] = []
  let i = start
  while (i < lines.length) {
    const marker = LIST_ITEM.exec(lines[i]!)
    if (!marker || /\d/.test(marker[2]!) !== isOrdered) break
    const item = collectListItem(lines, i)
    if (isOrdered) item.inner[0] = `${escapedNumber(marker[2]!)} ${item.inner[0]}`
    items.push(`<li>${markdownToHtml(item.inner.join('\n'), nesting + 1)}</li>`)
    i = item.next
  }
  const tag = isOrdered ? 'ol' : 'ul'
  html.push(`<${tag}>${items.join('')}</${tag}>`)
  return i
}

// "1986." becomes "1986\." in the Markdown read again: text, no longer a list marker.
function escapedNumber(marker: string): string {
  return `${marker.slice(0, -1)}\\${marker.slice(-1)}`
}

// Code keeps its lines; the closing fence is the same character, at least as long.
function readFence(lines: string[], start: number, html: string[]): number {
  const fence = FENCE.exec(lines[start]!)![2]!
  const code: string[] = []
  let i = start + 1
  while (i < lines.length) {
    const closing = FENCE.exec(lines[i]!)
    if (closing && closing[2]!.startsWith(fence) && !closing[3]!.trim()) break
    code.push(lines[i]!)
    i += 1
  }
  html.push(`<pre>${escapeHtml(code.join('\n'))}</pre>`)
  return i + 1
}

// An ordered list interrupts a paragraph only when it starts at 1 (CommonMark), so a
// hard-wrapped line that begins "2014. In that year" stays in its paragraph.
// An empty item never does.
function canInterruptParagraph(item: RegExpExecArray): boolean {
  const marker = item[2]!
  const isBulletOrOne = !/\d/.test(marker) || /^0*1[.)]$/.test(marker)
  return isBulletOrOne && Boolean(item[4]?.trim())
}

function stripClosingHashes(content: string): string {
  return content.trim().replace(/(?:^|[ \t]+)#+$/, '').trim()
}

function expandLeadingTabs(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0]
  return indent.includes('\t') ? indent.replace(/\t/g, '    ') + line.slice(indent.length) : line
}

