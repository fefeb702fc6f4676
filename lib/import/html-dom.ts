import { parseHTML } from 'linkedom'
import { html, parse, type DefaultTreeAdapterTypes } from 'parse5'

// The page as a DOM that Readability and our own readers share. parse5 builds the tree
// as browsers do (implied <html>/<head>/<body>, misnested tags, tables, unclosed
// scripts), and the tree is copied into a linkedom document, which gives it the DOM
// interface. What can never be text is left out of the copy: executable and embedded
// content, styles, templates, SVG, comments. JSON-LD scripts stay, as data.
// Every walk is iterative: a hostile page can nest elements a hundred thousand deep,
// which would overflow a recursive walk.

type Parse5Node = DefaultTreeAdapterTypes.Node
type Parse5Element = DefaultTreeAdapterTypes.Element

// Never the article's text, and never copied into the DOM.
const INERT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
  'template', 'canvas', 'audio', 'video', 'map', 'input', 'button', 'select', 'textarea', 'option', 'optgroup',
  'datalist', 'output', 'progress', 'meter', 'base', 'param', 'source', 'track',
])

export interface ParsedPage {
  document: Document
  jsonLd: string[] // the text of each <script type="application/ld+json">, never run
}

export function parseHtml(source: string): ParsedPage {
  const tree = parse(source)
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { document: Document }
  const jsonLd: string[] = []
  const htmlElement = tree.childNodes.find(isParse5Element)
  if (!htmlElement) return { document, jsonLd }
  copyAttributes(htmlElement, document.documentElement)
  const stack: Array<[Parse5Node, Node]> = []
  const pushChildren = (node: Parse5Node, parent: Node) => {
    const children = 'childNodes' in node ? node.childNodes : []
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push([children[i]!, parent])
  }
  for (const child of htmlElement.childNodes) {
    if (!isParse5Element(child)) continue
    if (child.tagName === 'head') pushChildren(child, document.head)
    else if (child.tagName === 'body') {
      copyAttributes(child, document.body)
      pushChildren(child, document.body)
    }
  }
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!
    if (node.nodeName === '#text') {
      parent.appendChild(document.createTextNode((node as DefaultTreeAdapterTypes.TextNode).value))
      continue
    }
    if (!isParse5Element(node)) continue // comments, doctypes
    if (node.tagName === 'script' && isJsonLd(node)) {
      jsonLd.push(textOfParse5(node))
      continue
    }
    if (node.namespaceURI === html.NS.SVG || INERT.has(node.tagName)) continue
    const element = document.createElement(node.tagName)
    copyAttributes(node, element)
    parent.appendChild(element)
    pushChildren(node, element)
  }
  return { document, jsonLd }
}

function isParse5Element(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node
}

function copyAttributes(from: Parse5Element, to: Element): void {
  for (const { name, value } of from.attrs) {
    try {
      to.setAttribute(name, value)
    } catch {
      // A name the DOM refuses ("a<b"): nothing we read is lost with it.
    }
  }
}

function isJsonLd(element: Parse5Element): boolean {
  return element.attrs.some((attribute) => attribute.name === 'type' && attribute.value.trim().toLowerCase() === 'application/ld+json')
}

function textOfParse5(element: Parse5Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : '')).join('')
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE
}

// Lowercase, whatever the document's casing rules.
export function tagOf(element: Element): string {
  return element.localName
}

// Every element under root (root included) in document order.
export function* elementsUnder(root: Node): Generator<Element> {
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isElement(node)) yield node
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!)
  }
}

// Whitespace collapsed and trimmed, NFC: how a title or meta value is shown.
export function cleanInline(value: string, maxLength: number): string | undefined {
  const clean = value.replace(/\s+/g, ' ').trim().normalize('NFC')
  if (!clean) return undefined
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).trimEnd()}…` : clean
}
