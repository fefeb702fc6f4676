'use client'
import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { readerLayout, type ReaderItem, type ReaderSegment, type TextRange } from '@/lib/snapshots/reader-layout'
import type { SnapshotBlock } from '@/lib/snapshots/snapshot-view'
import { selectBlockByKey, selectedTextRange } from './selection-range'

interface SnapshotReaderProps {
  text: string
  blocks: SnapshotBlock[]
  // A quote to show: highlighted and scrolled to.
  highlight?: TextRange | null
  // Told of every change of the selection, as offsets into `text`.
  onSelectRange?: (range: TextRange | null) => void
  label: string
}

// The archived text of a snapshot, drawn from its stored blocks as React elements
// (never the page's own HTML): headings, paragraphs, list items, quotes, tables, and
// a marker where each PDF page begins.
export function SnapshotReader({ text, blocks, highlight, onSelectRange, label }: SnapshotReaderProps) {
  const container = useRef<HTMLDivElement>(null)
  const items = useMemo(() => readerLayout(text, blocks, highlight), [text, blocks, highlight])

  useEffect(() => {
    if (!highlight) return
    container.current?.querySelector('mark')?.scrollIntoView({ block: 'center' })
  }, [highlight])

  useEffect(() => {
    if (!onSelectRange) return
    const onChange = () => container.current && onSelectRange(selectedTextRange(container.current, text))
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [onSelectRange, text])

  const segment = (part: ReaderSegment, key: number) => <Segment key={key} text={text} part={part} />
  const isSelectable = Boolean(onSelectRange)
  return (
    <div
      ref={container}
      role="region"
      aria-label={isSelectable ? `${label}. Select words with the mouse, or a paragraph with the arrow keys (Shift to add the next).` : label}
      tabIndex={isSelectable ? 0 : undefined}
      onKeyDown={isSelectable ? (event) => container.current && selectBlockByKey(container.current, event) : undefined}
      data-testid="snapshot-text"
      className="space-y-3 font-serif text-[0.95rem] leading-relaxed text-stone-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
    >
      {items.map((item, index) => (
        <Item key={index} item={item} render={segment} />
      ))}
    </div>
  )
}

function Segment({ text, part }: { text: string; part: ReaderSegment }) {
  const content = text.slice(part.start, part.end)
  if (part.isHighlighted) {
    return (
      <mark data-at={part.start} className="rounded-sm bg-amber-200 text-stone-900 ring-2 ring-amber-300">
        {content}
      </mark>
    )
  }
  return <span data-at={part.start}>{content}</span>
}

type Render = (part: ReaderSegment, key: number) => ReactNode

function Item({ item, render }: { item: ReaderItem; render: Render }) {
  if (item.kind === 'page') {
    return (
      <div role="separator" aria-label={`Page ${item.page}`} id={`page-${item.page}`} className="flex select-none items-center gap-3 pt-2 font-sans text-xs font-medium uppercase tracking-wide text-stone-500">
        <span aria-hidden="true" className="h-px flex-1 bg-stone-200" />
        <span aria-hidden="true">Page {item.page}</span>
        <span aria-hidden="true" className="h-px flex-1 bg-stone-200" />
      </div>
    )
  }
  if (item.kind === 'table') {
    return (
      <div className="overflow-x-auto">
        <table className="w-full border-collapse font-sans text-sm">
          <tbody>
            {item.rows.map((row) => (
              <tr key={row.block.start} data-block-start={row.block.start} className="border-b border-stone-200">
                {row.cells.map((cell, index) => (
                  <td key={index} className="px-2 py-1 align-top">
                    {cell.map(render)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  }
  const { block, segments } = item
  const content = segments.map(render)
  if (block.kind === 'heading') return <Heading level={block.level ?? 1} start={block.start}>{content}</Heading>
  if (block.kind === 'list_item') {
    return (
      <p data-block-start={block.start} className="relative" style={{ paddingLeft: `${1.25 * (block.level ?? 1)}rem` }}>
        <span aria-hidden="true" className="absolute select-none text-stone-400" style={{ marginLeft: '-1rem' }}>
          •
        </span>
        {content}
      </p>
    )
  }
  if (block.kind === 'quote') {
    return (
      <blockquote data-block-start={block.start} className="border-l-4 border-stone-200 pl-3 italic text-stone-700">
        {content}
      </blockquote>
    )
  }
  return <p data-block-start={block.start}>{content}</p>
}

// The snapshot's own headings sit under the page's h1 and the reader's h2.
function Heading({ level, start, children }: { level: number; start: number; children: ReactNode }) {
  const Tag = `h${Math.min(6, level + 2)}` as 'h3'
  const size = level <= 1 ? 'text-xl' : level === 2 ? 'text-lg' : 'text-base'
  return (
    <Tag data-block-start={start} className={`pt-2 font-sans font-semibold text-stone-900 ${size}`}>
      {children}
    </Tag>
  )
}
