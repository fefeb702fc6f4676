// An imported external check as pages and the API hand it over: numbers as numbers,
// dates as ISO strings. Pure: the browser shares it.
import type { Verdict } from '@/lib/db/generated/enums'

export interface ExternalCheckView {
  id: string
  claimText: string
  url: string
  publisherName: string
  publisherUrl: string | null
  // As the publisher wrote it, and its number on their scale.
  ratingName: string | null
  ratingValue: number | null
  bestRating: number | null
  worstRating: number | null
  // Ours, when their rating maps onto it.
  verdict: Verdict | null
  reviewedAt: string | null
  claimAuthor: string | null
  createdAt: string
}

interface ExternalCheckRow extends Omit<ExternalCheckView, 'ratingValue' | 'bestRating' | 'worstRating' | 'reviewedAt' | 'createdAt'> {
  ratingValue: { toNumber(): number } | null
  bestRating: { toNumber(): number } | null
  worstRating: { toNumber(): number } | null
  reviewedAt: Date | null
  createdAt: Date
}

export function toExternalCheckView(row: ExternalCheckRow): ExternalCheckView {
  return {
    id: row.id,
    claimText: row.claimText,
    url: row.url,
    publisherName: row.publisherName,
    publisherUrl: row.publisherUrl,
    ratingName: row.ratingName,
    ratingValue: row.ratingValue?.toNumber() ?? null,
    bestRating: row.bestRating?.toNumber() ?? null,
    worstRating: row.worstRating?.toNumber() ?? null,
    verdict: row.verdict,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    claimAuthor: row.claimAuthor,
    createdAt: row.createdAt.toISOString(),
  }
}

// "Mostly false (2/5)", "False", "2/5": the publisher's words, with their number on their scale.
export function ratingLabel(check: Pick<ExternalCheckView, 'ratingName' | 'ratingValue' | 'bestRating'>): string {
  const score = check.ratingValue === null ? null : `${check.ratingValue}/${check.bestRating ?? 5}`
  if (check.ratingName && score) return `${check.ratingName} (${score})`
  return check.ratingName ?? score ?? '—'
}
