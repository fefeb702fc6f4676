// Maps the browser's text selection back to offsets in the canonical text, through
// the data-offset that every rendered piece of text carries.
function offsetOf(node: Node, offsetInNode: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const piece = element?.closest<HTMLElement>('[data-offset]')
  if (!piece) return null
  const base = Number(piece.dataset.offset)
  return node.nodeType === Node.TEXT_NODE ? base + offsetInNode : base
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
