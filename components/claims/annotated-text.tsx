'use client'
import { memo, useMemo, type ReactNode } from 'react'
import type { ClaimView } from '@/lib/claims/find-claims'
import { formatQuantity } from '@/lib/claims/format-quantity'
import { KIND_STYLES, scoreOpacity } from './claim-styles'
import { claimsByLine, linesOf, type Line } from './line-buckets'
import { segmentLine, type Segment } from './text-segments'

interface AnnotatedTextProps {
  text: string
  blocks: Line[] | null
  claims: ClaimView[]
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
}

// The document with its claims highlighted. Every piece of text carries its offset
// (data-offset) so a selection maps back to offsets in the canonical text.
export const AnnotatedText = memo(function AnnotatedText({ text, blocks, claims, selectedClaimId, onSelectClaim }: AnnotatedTextProps) {
  const lines = useMemo(() => linesOf(text, blocks), [text, blocks])
  const visible = useMemo(() => claims.filter((claim) => !claim.isDismissed), [claims])
  const buckets = useMemo(() => claimsByLine(lines, visible), [lines, visible])
  const byId = useMemo(() => new Map(visible.map((claim) => [claim.id, claim])), [visible])
  return (
    <div data-testid="document-text" className="space-y-4 font-serif text-lg leading-relaxed text-stone-800">
      {lines.map((line, index) => (
        <LineBlock key={line.start} line={line}>
          {segmentLine(line.start, line.end, buckets[index]!).map((segment) => (
            <SegmentSpan key={segment.start} text={text} segment={segment} byId={byId} selectedClaimId={selectedClaimId} onSelectClaim={onSelectClaim} />
          ))}
        </LineBlock>
      ))}
    </div>
  )
})

function LineBlock({ line, children }: { line: Line; children: ReactNode }) {
  if (line.kind === 'heading') return line.level && line.level > 2 ? <h3 className="font-sans text-lg font-semibold">{children}</h3> : <h2 className="font-sans text-xl font-semibold">{children}</h2>
  if (line.kind === 'quote') return <blockquote className="border-l-4 border-stone-300 pl-4 italic">{children}</blockquote>
  if (line.kind === 'list_item') return <p className="relative pl-6 before:absolute before:left-1 before:content-['•']">{children}</p>
  return <p>{children}</p>
}

interface SegmentProps {
  text: string
  segment: Segment
  byId: Map<string, ClaimView>
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
}

function SegmentSpan({ text, segment, byId, selectedClaimId, onSelectClaim }: SegmentProps) {
  const content = text.slice(segment.start, segment.end)
  const innermost = segment.claimIds.at(-1)
  const claim = innermost ? byId.get(innermost) : undefined
  if (!claim) return <span data-offset={segment.start}>{content}</span>
  const isSelected = segment.claimIds.includes(selectedClaimId ?? '')
  const style = KIND_STYLES[claim.kind]
  const classes = [
    'cursor-pointer rounded-sm box-decoration-clone',
    // The selected claim reads as one continuous band, whatever its pieces.
    isSelected ? 'bg-indigo-200 decoration-indigo-700' : `${style.mark} ${scoreOpacity(claim.checkworthiness)}`,
    segment.quantity ? 'font-semibold underline decoration-2 underline-offset-4' : '',
  ].join(' ')
  return (
    <mark
      data-offset={segment.start}
      data-claim-id={claim.id}
      className={`${classes} text-inherit`}
      title={segment.quantity ? formatQuantity(segment.quantity) : `${style.label} · check-worthiness ${claim.checkworthiness.toFixed(2)}`}
      onClick={() => onSelectClaim(claim.id)}
    >
      {content}
    </mark>
  )
}
