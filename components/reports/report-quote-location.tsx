import { quoteLink, quoteLocationText, snapshotText } from '@/lib/reports/quote-location-text'
import type { ReportQuoteLocation } from '@/lib/reports/report-model'

// Where an evidence quote stands in the source as archived: "p. 12, archived
// 2026-11-01", linked to that place in the source reader, with the snapshot's hash; a
// quote not found is flagged.
export function QuoteLocationLine({ location, baseUrl }: { location: ReportQuoteLocation; baseUrl?: string }) {
  const text = quoteLocationText(location)
  const snapshot = snapshotText(location)
  const link = quoteLink(location, baseUrl)
  return (
    <div className={location.isFlagged ? 'quote-flag' : 'muted'} data-quote-state={location.state}>
      {location.isFlagged ? <strong>{text}</strong> : <>In the source: {link ? <a href={link} rel="noopener noreferrer nofollow">
              {text}
            </a> : text}</>}
      {snapshot && <span className="hash"> ({snapshot})</span>}
      {location.isFlagged && link && (
        <>
          {' · '}
          <a href={link} rel="noopener noreferrer nofollow">
            the archived copy
          </a>
        </>
      )}
    </div>
  )
}
