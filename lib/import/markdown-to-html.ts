import MarkdownIt from 'markdown-it'
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs'

// Markdown → HTML with markdown-it (CommonMark with GFM tables and strikethrough), for
// the HTML reader to turn into blocks. Raw HTML passes through to the HTML parser, so
// <script> in Markdown is dropped like <script> in a page; images are dropped like
// <img>; a link keeps its text. Two things are written into the text on purpose: an
// ordered item's number as written ("1986. A great year." is a list to Markdown, but
// the reader sees 1986), and nothing of a task list's box ("[x] ").

// Quotes and lists written on one line nest no deeper than this; deeper markers are
// read as text. markdown-it's own limit below cuts off whatever is nested deeper by
// other means (indentation), so a hostile file can never recurse without end.
const MAX_NESTING = 16
const MAX_TOKEN_NESTING = 4 * MAX_NESTING + 8

const TASK_BOX = /^\[[ xX]\][ \t]+/
// The container markers at the start of a line: ">" quotes and list bullets or numbers.
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/

const markdown = createRenderer()

export function markdownToHtml(source: string): string {
  return markdown.render(limitNesting(source))
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
  // markdown-it's own recursion limit (the typings omit it)
  md.set({ maxNesting: MAX_TOKEN_NESTING } as Parameters<MarkdownIt['set']>[0])
  md.core.ruler.after('block', 'claimtrack_list_items', writeListMarkers)
  // Every link is kept as its text, wherever it points: the reader never follows it.
  md.validateLink = () => true
  return md
}

// Before inline parsing: an ordered item's inline content starts with its number and
// delimiter; a task item's box is removed.
function writeListMarkers(state: StateCore): void {
  const { tokens } = state
  const ordered: boolean[] = []
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.type === 'ordered_list_open') ordered.push(true)
    else if (token.type === 'bullet_list_open') ordered.push(false)
    else if (token.type === 'ordered_list_close' || token.type === 'bullet_list_close') ordered.pop()
    else if (token.type === 'list_item_open') {
      const inline = firstInlineOfItem(tokens, i)
      if (!inline) continue
      inline.content = inline.content.replace(TASK_BOX, '')
      if (ordered[ordered.length - 1]) inline.content = `${token.info}${token.markup} ${inline.content}`
    }
  }
}

function firstInlineOfItem(tokens: StateCore['tokens'], open: number): StateCore['tokens'][number] | undefined {
  const level = tokens[open]!.level
  for (let i = open + 1; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.type === 'list_item_close' && token.level === level) return undefined
    if (token.type === 'inline') return token
  }
  return undefined
}

// A line that opens more than MAX_NESTING quotes or list items has its next marker
// escaped, which makes the rest of the line text.
function limitNesting(source: string): string {
  if (!/^[ \t]*(?:[>*+-]|\d)/m.test(source)) return source
  return source
    .split('\n')
    .map((line) => {
      let rest = line
      let offset = 0
      for (let depth = 0; depth <= MAX_NESTING; depth += 1) {
        const marker = CONTAINER_MARKER.exec(rest)
        if (!marker) return line
        if (depth === MAX_NESTING) {
          // "\>", "\-", "1986\.": a backslash before the punctuation of the marker.
          const at = offset + marker[0].search(/[^ \t\d]/)
          return `${line.slice(0, at)}\\${line.slice(at)}`
        }
        offset += marker[0].length
        rest = rest.slice(marker[0].length)
      }
      return line
    })
    .join('\n')
}
