'use client'
import { Button } from '@/components/ui/button'
import { EXTERNAL_LINK, safeHref } from '@/components/sources/safe-href'
import { reliabilityLabel, SOURCE_TYPE_LABELS } from '@/components/sources/source-labels'
import { formatDate } from '@/lib/text/format'
import { ComparisonBadge } from './comparison-badge'
import { QuoteCheckLine } from './quote-check-line'
import type { ClaimQuantityOption, EvidenceItemData } from './types'

interface EvidenceItemProps {
  evidence: EvidenceItemData
  quantities: ClaimQuantityOption[]
  onRemove: (() => void) | null
  isPending: boolean
}

// One citation: the source, its exact words, and how its figure compares with the claim's.
export function EvidenceItem({ evidence, quantities, onRemove, isPending }: EvidenceItemProps) {
  const { source } = evidence
  const href = safeHref(source.url)
  const archive = safeHref(source.archiveUrl)
  const comparedWith = quantities.find((quantity) => quantity.position === evidence.quantityPosition) ?? quantities[0]
  return (
    <li data-testid="evidence" className={`space-y-2 rounded-md border p-3 text-sm ${source.isRetracted ? 'border-red-300 bg-red-50/40' : 'border-stone-200 bg-white'}`}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {href ? (
          <a href={href} {...EXTERNAL_LINK} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
            {source.title}
          </a>
        ) : (
          <span className="font-medium">{source.title}</span>
        )}
        {source.publisher && <span className="text-stone-600">{source.publisher}</span>}
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{SOURCE_TYPE_LABELS[source.type]}</span>
        <span className="text-xs text-stone-500">reliability {reliabilityLabel(source.reliability)}</span>
        {archive && (
          <a href={archive} {...EXTERNAL_LINK} className="text-xs text-indigo-700 underline">
            archived copy
          </a>
        )}
      </div>
      {source.isRetracted && (
        <p className="rounded bg-red-100 px-2 py-1 text-red-900" data-testid="evidence-retracted">
          <span className="font-bold tracking-wide">RETRACTED</span>
          {source.retractedAt && <span> on {formatDate(source.retractedAt)}</span>}
          {source.retractionNote && <span>: {source.retractionNote}</span>}
        </p>
      )}
      <blockquote className="whitespace-pre-line border-l-4 border-stone-300 pl-3 font-serif text-stone-800">{evidence.quote}</blockquote>
      {evidence.locator && <p className="text-xs text-stone-600">At: {evidence.locator}</p>}
      <QuoteCheckLine check={evidence.quoteCheck} />
      {evidence.figureCheck && (
        <p className="flex flex-wrap items-center gap-2 text-xs text-stone-700" data-testid="figure-check" data-origin={evidence.figureCheck.origin}>
          <span>
            {evidence.figureCheck.origin === 'quote' ? (
              <>
                Source says <span className="font-mono">“{evidence.figureCheck.text}”</span>
                {placeOf(evidence.figureCheck)}
              </>
            ) : (
              <>
                Source gives <span className="font-mono">“{evidence.figureCheck.text}”</span> (as typed)
              </>
            )}
            {comparedWith && (
              <>
                {', '}
                claim says <span className="font-mono">“{comparedWith.text}”</span>
              </>
            )}
          </span>
          {evidence.comparison && <ComparisonBadge comparison={evidence.comparison} />}
        </p>
      )}
      {onRemove && (
        <div>
          <Button variant="ghost" className="px-2 py-0.5 text-xs" disabled={isPending} onClick={onRemove} aria-label={`Remove evidence from ${source.title}`}>
            Remove
          </Button>
        </div>
      )}
    </li>
  )
}

function placeOf(check: NonNullable<EvidenceItemData['figureCheck']>): string {
  if (check.page !== null) return ` on p. ${check.page}`
  return check.paragraph !== null ? ` in paragraph ${check.paragraph}` : ''
}
