import type { RawBlock } from './assemble-blocks'
import { isElement, isText, tagOf } from './html-dom'
import type { BlockKind } from './types'

// Never the article's text: executable or embedded content and form controls (most
// never reach the DOM, see html-dom.ts), media, and page furniture (navigation,
// footers, sidebars, dialogs such as cookie banners). Only text nodes are ever written
// out, never an attribute's value, so event handlers and javascript: links cannot
// reach the text.
const DROPPED = new Set([
  'head', 'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed',
  'noframes', 'template', 'svg', 'canvas', 'audio', 'video', 'picture', 'img', 'map', 'input', 'button', 'select',
  'textarea', 'option', 'optgroup', 'datalist', 'output', 'progress', 'meter', 'nav', 'footer', 'aside', 'dialog',
])
const DROPPED_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog'])

// Elements that start a new line; anything else (a, span, strong…) flows inside one.
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend',
  'li', 'listing', 'main', 'menu', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul', 'xmp',
])
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp'])
const HEADING = /^h([1-6])$/
const CELL_SEPARATOR = ' | '

interface Context {
  kind: BlockKind
  level?: number
  listDepth: number
  isPreformatted: boolean
  isLink: boolean
}

// A block and how much of its text is the text of links (characters other than
// whitespace): menus, teasers and tag lists are mostly links, prose is not.
export interface HtmlBlock extends RawBlock {
  linkChars: number
  chars: number
}

const ROOT_CONTEXT: Context = { kind: 'paragraph', listDepth: 0, isPreformatted: false, isLink: false }

type Frame = { node: Node; context: Context } | { leaving: true }

// The blocks under root in document order: headings, list items (with their depth)
// and quotes keep their kind; a table row is one line with its cells separated.
export function collectBlocks(root: Node): HtmlBlock[] {
  const collector = new BlockCollector()
  const stack: Frame[] = [{ node: root, context: ROOT_CONTEXT }]
  while (stack.length > 0) {
    const frame = stack.pop()!
    if ('leaving' in frame) {
      collector.flush()
      continue
    }
    const { node, context } = frame
    if (isText(node)) collector.append(node.data, context)
    if (!isElement(node) || isDropped(node)) continue
    const tag = tagOf(node)
    if (tag === 'br') {
      collector.flush()
      continue
    }
    if (tag === 'td' || tag === 'th') collector.separate(CELL_SEPARATOR)
    const isBlock = BLOCK_ELEMENTS.has(tag)
    if (isBlock) {
      collector.flush()
      stack.push({ leaving: true })
    }
    const inner = isBlock ? contextFor(tag, context) : tag === 'a' && !context.isLink ? { ...context, isLink: true } : context
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, context: inner })
  }
  collector.flush()
  return collector.blocks
}

export function isDropped(element: Element): boolean {
  if (DROPPED.has(tagOf(element))) return true
  if (element.hasAttribute('hidden')) return true
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true
  const role = element.getAttribute('role')?.trim().toLowerCase()
  return role !== undefined && DROPPED_ROLES.has(role)
}

function contextFor(tagName: string, outer: Context): Context {
  const heading = HEADING.exec(tagName)
  if (heading) return { ...outer, kind: 'heading', level: Number(heading[1]) }
  if (tagName === 'ul' || tagName === 'ol' || tagName === 'menu' || tagName === 'dir') return { ...outer, listDepth: outer.listDepth + 1 }
  if (tagName === 'li') return { ...outer, kind: 'list_item', level: Math.max(1, outer.listDepth) }
  if (tagName === 'blockquote') return { ...outer, kind: 'quote', level: undefined }
  if (PREFORMATTED.has(tagName)) return { ...outer, isPreformatted: true }
  return outer
}

// Gathers the text of the block being read. Every block boundary flushes, so all the
// text in the buffer shares one context.
class BlockCollector {
  readonly blocks: HtmlBlock[] = []
  private parts: string[] = []
  private linkChars = 0
  private context: Context | null = null

  append(text: string, context: Context): void {
    if (!context.isPreformatted) return this.add(text, context)
    // Preformatted lines stay lines: one block each.
    text.split('\n').forEach((line, i) => {
      if (i > 0) this.flush()
      this.add(line, context)
    })
  }

  separate(separator: string): void {
    if (this.parts.some((part) => part.trim())) this.parts.push(separator)
  }

  flush(): void {
    const text = this.parts.join('')
    if (this.context && text.trim()) {
      const { kind, level } = this.context
      const counts = { linkChars: this.linkChars, chars: visibleChars(text) }
      this.blocks.push(level === undefined ? { kind, text, ...counts } : { kind, level, text, ...counts })
    }
    this.parts = []
    this.linkChars = 0
    this.context = null
  }

  private add(text: string, context: Context): void {
    this.context ??= context
    this.parts.push(text)
    if (context.isLink) this.linkChars += visibleChars(text)
  }
}

function visibleChars(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 32) count += 1
  return count
}
