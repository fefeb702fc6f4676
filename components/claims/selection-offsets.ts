// Maps the browser's text selection back to offsets in the canonical text, through
// the data-offset that every rendered piece of text carries.
function offsetOf(node: Node, offsetInNode: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>('[data-offset]')
    return piece ? Number(piece.dataset.offset) + offsetInNode : null
  }
  // A boundary between children (double-click, some browsers): before child n, or
  // after the last one.
  const element = node as Element
  const child = element.childNodes[offsetInNode]
  if (child) return firstOffsetIn(child)
  const last = element.lastChild
  return last ? endOffsetIn(last) : null
}

function firstOffsetIn(node: Node): number | null {
  const piece = node instanceof Element ? (node.matches('[data-offset]') ? node : node.querySelector('[data-offset]')) : node.parentElement?.closest('[data-offset]')
  return piece instanceof HTMLElement ? Number(piece.dataset.offset) : null
}

function endOffsetIn(node: Node): number | null {
  const pieces = node instanceof Element ? [...(node.matches('[data-offset]') ? [node] : []), ...node.querySelectorAll('[data-offset]')] : []
  const piece = pieces.at(-1)
  return piece instanceof HTMLElement ? Number(piece.dataset.offset) + (piece.textContent?.length ?? 0) : null
}

export function selectionOffsets(container: HTMLElement): { start: number; end: number; isCollapsed: boolean } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  const start = offsetOf(range.startContainer, range.startOffset)
  const end = offsetOf(range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  return { start: Math.min(start, end), end: Math.max(start, end), isCollapsed: range.collapsed }
}
