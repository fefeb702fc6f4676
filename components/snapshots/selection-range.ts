import type { KeyboardEvent } from 'react'
import type { TextRange } from '@/lib/snapshots/reader-layout'

// Every piece of snapshot text in the reader is one element holding one text node,
// with `data-at` = the offset of its first character in the snapshot's text. Page
// markers and table borders carry none, so they never count as quoted text.
export const SEGMENT_SELECTOR = '[data-at]'

// The browser's selection inside `container` as offsets into the snapshot's text,
// trimmed of the whitespace between blocks; null when nothing of the text is selected.
export function selectedTextRange(container: HTMLElement, text: string): TextRange | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  const segments = [...container.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)]
  const start = boundaryOffset(segments, range.startContainer, range.startOffset, 'start')
  const end = boundaryOffset(segments, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null) return null
  return trimRange(text, { start, end })
}

function boundaryOffset(segments: HTMLElement[], node: Node, offset: number, side: 'start' | 'end'): number | null {
  const owner = node.nodeType === Node.TEXT_NODE ? node.parentElement : null
  if (owner?.matches(SEGMENT_SELECTOR)) return Number(owner.dataset.at) + offset
  // The boundary is between elements (a page marker, a triple-click's block end): the
  // first text after it starts the range, the last text before it ends the range.
  const point = document.createRange()
  point.setStart(node, offset)
  if (side === 'start') {
    const after = segments.find((segment) => point.comparePoint(segment, 0) >= 0)
    return after ? Number(after.dataset.at) : null
  }
  const before = segments.findLast((segment) => point.comparePoint(segment, segment.childNodes.length) <= 0)
  return before ? Number(before.dataset.at) + (before.textContent?.length ?? 0) : null
}

export function trimRange(text: string, { start, end }: TextRange): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }

// The keyboard's way to select: ArrowDown / ArrowUp select the next or previous block
// (paragraph, heading, table row), with Shift they extend the selection to it.
export function selectBlockByKey(container: HTMLElement, event: KeyboardEvent<HTMLElement>): void {
  const step = STEPS[event.key]
  if (!step) return
  event.preventDefault()
  const blocks = [...container.querySelectorAll<HTMLElement>('[data-block-start]')]
  if (blocks.length === 0) return
  const selection = window.getSelection()!
  const focus = selection.focusNode && container.contains(selection.focusNode) ? selection.focusNode : null
  const current = focus ? blocks.findIndex((block) => block.contains(focus)) : -1
  const next = blocks[current === -1 ? (step > 0 ? 0 : blocks.length - 1) : Math.min(blocks.length - 1, Math.max(0, current + step))]!
  if (event.shiftKey && focus && selection.anchorNode) selection.extend(next, step > 0 ? next.childNodes.length : 0)
  else selection.selectAllChildren(next)
  next.scrollIntoView({ block: 'nearest' })
}
