import { describeFinalisation, formatDate, SOURCE_TYPE_LABELS, STANCE_LABELS } from '@/lib/reports/build-labels'
import type { ReportClaim, ReportEvidence } from '@/lib/reports/report-model'
import { STATUS_LABELS } from '@/lib/reviews/status-workflow'
import { QuoteLocationLine } from './report-quote-location'
import { ReportLink } from './report-link'

// One claim of the report: the quote in its context, figures, verdict and how it
// became final, evidence, reviews and (when included) comments.
export function ReportClaimView({ claim, number, baseUrl }: { claim: ReportClaim; number: number; baseUrl?: string }) {
  const isFinal = claim.status === 'VERIFIED'
  return (
    <section className="claim" id={`claim-${claim.id}`} aria-labelledby={`claim-${claim.id}-title`}>
      <h3 id={`claim-${claim.id}-title`}>
        Claim {number}{' '}
        {claim.verdict ? <span className={`verdict verdict-${claim.verdict}`}>{isFinal ? claim.verdictLabel : `Proposed: ${claim.verdictLabel}`}</span> : <span className="muted">{STATUS_LABELS[claim.status]}</span>}
      </h3>
      <p className="in-context">
        <span className="context">{claim.context.before}</span>
        <mark>{claim.quote}</mark>
        <span className="context">{claim.context.after}</span>
      </p>
      <ul className="facts">
        <li>
          Kind: {claim.kind.toLowerCase()} · Status: {STATUS_LABELS[claim.status]}
        </li>
        <li>
          {isFinal ? 'Final verdict' : 'Proposed verdict'}: {claim.verdictLabel ?? 'none'}
          {claim.ratingValue ? ` (${claim.ratingValue} of 5)` : ''} · Confidence: {claim.confidence ? `${claim.confidence} of 5` : 'no ratings'}
        </li>
        {claim.finalisedBy && <li className={claim.finalisedBy.rule === 'override' ? 'override' : undefined}>{describeFinalisation(claim.finalisedBy)}</li>}
        {claim.quantities.map((quantity, index) => (
          <li key={index}>
            Figure: “{quantity.text}” — {quantity.formatted}
          </li>
        ))}
      </ul>
      {claim.evidence.length > 0 && (
        <>
          <h4>Evidence</h4>
          <ul className="evidence">
            {claim.evidence.map((item, index) => (
              <EvidenceItem key={index} item={item} baseUrl={baseUrl} />
            ))}
          </ul>
        </>
      )}
      {claim.ratings.length > 0 && (
        <>
          <h4>Reviews</h4>
          <ul className="facts">
            {claim.ratings.map((rating, index) => (
              <li key={index}>
                {rating.reviewer}: <strong>{rating.verdictLabel}</strong>, confidence {rating.confidence} of 5, <time dateTime={rating.at}>{formatDate(rating.at)}</time> — {rating.rationale}
              </li>
            ))}
          </ul>
        </>
      )}
      {claim.comments.length > 0 && (
        <>
          <h4>Comments</h4>
          <ul className="facts">
            {claim.comments.map((thread, index) => (
              <li key={index} className="thread">
                <span className={thread.author ? undefined : 'muted'}>{thread.author ? `${thread.author}: ${thread.body}` : thread.body}</span> <time className="muted" dateTime={thread.at}>{formatDate(thread.at)}</time>
                {thread.replies.length > 0 && (
                  <ul>
                    {thread.replies.map((reply, replyIndex) => (
                      <li key={replyIndex}>
                        {reply.author}: {reply.body} <time className="muted" dateTime={reply.at}>{formatDate(reply.at)}</time>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function EvidenceItem({ item, baseUrl }: { item: ReportEvidence; baseUrl?: string }) {
  const { source } = item
  const about = [source.publisher, source.author, source.publishedAt && `published ${source.publishedAt}`, source.accessedAt && `accessed ${source.accessedAt}`, SOURCE_TYPE_LABELS[source.type]].filter(Boolean).join(', ')
  return (
    <li>
      <strong>{STANCE_LABELS[item.stance]}</strong>: <ReportLink href={source.url}>{source.title}</ReportLink>
      {about && <span className="muted"> ({about})</span>}
      {source.archiveUrl && (
        <>
          {' · '}
          <ReportLink href={source.archiveUrl}>archived copy</ReportLink>
        </>
      )}
      {source.isRetracted && <div className="retracted">Retracted{source.retractionNote ? `: ${source.retractionNote}` : ''}</div>}
      <blockquote>
        “{item.quote}”{item.locator && <span className="muted"> ({item.locator})</span>}
      </blockquote>
      {item.quoteLocation && <QuoteLocationLine location={item.quoteLocation} baseUrl={baseUrl} />}
      {(item.figureCheck || item.figure) && (
        <div>
          Figure: {item.figureCheck ? (item.figureCheck.origin === 'quote' ? item.figureCheck.summary : `${item.figureCheck.text} (as typed)`) : item.figure}
          {item.comparisonLabel && ` — ${item.comparisonLabel}`}
        </div>
      )}
      <div className="muted">
        Added by {item.addedBy}, <time dateTime={item.at}>{formatDate(item.at)}</time>
      </div>
    </li>
  )
}
