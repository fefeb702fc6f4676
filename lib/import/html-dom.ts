import type { DefaultTreeAdapterTypes } from 'parse5'

// Small helpers over parse5's tree. Every walk is iterative: a hostile page can nest
// elements a hundred thousand deep, which would overflow a recursive walk.

export type HtmlNode = DefaultTreeAdapterTypes.Node
export type HtmlElement = DefaultTreeAdapterTypes.Element
export type HtmlChild = DefaultTreeAdapterTypes.ChildNode

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node
}

export function isText(node: HtmlNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === '#text'
}

export function childrenOf(node: HtmlNode): HtmlChild[] {
  // A <template>'s children live in its content fragment, which is never shown.
  return 'childNodes' in node ? node.childNodes : []
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value
}

// Every element under root (root included) in document order.
export function* elementsUnder(root: HtmlNode): Generator<HtmlElement> {
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isElement(node)) yield node
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!)
  }
}

export function findElements(root: HtmlNode, tagName: string): HtmlElement[] {
  return [...elementsUnder(root)].filter((element) => element.tagName === tagName)
}

// The concatenated text under a node, as textContent would give it.
export function textContent(root: HtmlNode): string {
  const parts: string[] = []
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isText(node)) parts.push(node.value)
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!)
  }
  return parts.join('')
}

// Whitespace collapsed and trimmed, NFC: how a title or meta value is shown.
export function cleanInline(value: string, maxLength: number): string | undefined {
  const clean = value.replace(/\s+/g, ' ').trim().normalize('NFC')
  if (!clean) return undefined
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).trimEnd()}…` : clean
}
