// schema.org ClaimReview JSON-LD, one per verified claim with a verdict, as Google's
// fact-check markup reads it (developers.google.com/search/docs/appearance/structured-data/factcheck):
// REQUIRED claimReviewed, reviewRating.alternateName and url; RECOMMENDED author,
// datePublished, itemReviewed (Claim: appearance, firstAppearance, author,
// datePublished) and the Rating's name, ratingValue, bestRating, worstRating.
// Unverifiable has no number on our scale: its Rating carries only the text
// (alternateName and name) — Google shows the textual rating, and a numeric value
// it cannot place on 1–5 would be false precision.
import type { ReportClaim, ReportDocument, ReportModel } from './report-model'

export interface ClaimReviewOptions {
  // The public report page; each review's url is <reportUrl>#claim-<id>.
  reportUrl?: string
  // Who publishes the review: the workspace, as an organization.
  publisher: { name: string; url?: string }
}

export function claimReviewJsonLd(report: ReportModel, { reportUrl, publisher }: ClaimReviewOptions): Record<string, unknown>[] {
  const organization = { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) }
  return report.documents.flatMap((document) =>
    document.claims.filter((claim) => claim.status === 'VERIFIED' && claim.verdict).map((claim) => claimReview(document, claim, organization, reportUrl)),
  )
}

function claimReview(document: ReportDocument, claim: ReportClaim, organization: Record<string, unknown>, reportUrl: string | undefined): Record<string, unknown> {
  const label = claim.verdictLabel ?? claim.verdict!
  const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: label, name: label }
  if (claim.ratingValue !== null) Object.assign(rating, { ratingValue: claim.ratingValue, bestRating: 5, worstRating: 1 })
  const appearance = { '@type': 'CreativeWork', headline: document.title, ...(document.sourceUrl ? { url: document.sourceUrl } : {}), ...(document.publishedAt ? { datePublished: document.publishedAt } : {}) }
  const claimAuthor = document.author
    ? { '@type': 'Person', name: document.author }
    : document.publisher
      ? { '@type': 'Organization', name: document.publisher }
      : undefined
  const itemReviewed: Record<string, unknown> = { '@type': 'Claim', appearance: [appearance], firstAppearance: appearance }
  if (claimAuthor) itemReviewed.author = claimAuthor
  if (document.publishedAt) itemReviewed.datePublished = document.publishedAt
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.quote,
    reviewRating: rating,
    itemReviewed,
    author: organization,
    publisher: organization,
  }
  const verdictAt = claim.finalisedBy?.at
  if (verdictAt) review.datePublished = verdictAt.slice(0, 10)
  if (reportUrl) review.url = `${reportUrl}#claim-${claim.id}`
  return review
}
