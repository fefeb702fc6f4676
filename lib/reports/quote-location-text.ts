// An evidence quote's place in the archived source, worded for the report formats:
// "p. 12, archived 2026-11-01" for a found quote, a flag for one not found. Pure.
import { shortPlace } from '@/lib/quotes/describe-location'
import { formatDate } from './build-labels'
import type { ReportQuoteLocation } from './report-model'

// "p. 12, archived 2026-11-01"; "NOT FOUND in the source as archived on 2026-11-01";
// for a quote not looked for, why ("Source not archived yet").
export function quoteLocationText(location: ReportQuoteLocation): string {
  const archived = location.snapshot ? formatDate(location.snapshot.archivedAt) : null
  const place = shortPlace({ page: location.page, endPage: location.endPage, blockIndex: location.paragraph === null ? undefined : location.paragraph - 1 })
  switch (location.state) {
    case 'found':
      return `${place ?? 'found'}, archived ${archived}`
    case 'figure-differs':
      return `FIGURE DIFFERS: the quote is at ${place ?? 'a place'} of the source as archived on ${archived}, with another figure`
    case 'not-found':
      return `NOT FOUND in the source as archived on ${archived}`
    default:
      return location.label
  }
}

// "snapshot 1, SHA-256 3f2a…" (the full hash: it is what a reader checks).
export function snapshotText(location: ReportQuoteLocation): string | null {
  const { snapshot } = location
  if (!snapshot) return null
  return `snapshot ${snapshot.number}${snapshot.sha256 ? `, SHA-256 ${snapshot.sha256}` : ''}`
}

// The source reader at the quote, absolute when the app's public address is known.
export function quoteLink(location: ReportQuoteLocation, baseUrl?: string): string | null {
  if (!location.path) return null
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}${location.path}` : location.path
}
