// Lists what a ClaimReview lacks of the properties Google's fact-check markup
// REQUIRES and RECOMMENDS (developers.google.com/search/docs/appearance/structured-data/factcheck).
// Pure: used by tests and usable before embedding the markup in a page.

export interface ClaimReviewProblems {
  missingRequired: string[]
  missingRecommended: string[]
}

const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)
const at = (object: unknown, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), object)

const REQUIRED = ['claimReviewed', 'reviewRating', 'reviewRating.alternateName', 'url']
const RECOMMENDED = ['author', 'author.name', 'datePublished', 'itemReviewed', 'itemReviewed.appearance', 'itemReviewed.firstAppearance', 'itemReviewed.author', 'itemReviewed.author.name', 'itemReviewed.datePublished', 'reviewRating.name']
// Numeric ratings only make sense together; a text-only rating (Unverifiable) leaves all three out.
const NUMERIC = ['reviewRating.ratingValue', 'reviewRating.bestRating', 'reviewRating.worstRating']

export function validateClaimReview(review: unknown, { allowTextOnlyRating = true } = {}): ClaimReviewProblems {
  const missingRequired = REQUIRED.filter((path) => !isPresent(at(review, path)))
  if (at(review, '@context') !== 'https://schema.org') missingRequired.push('@context')
  if (at(review, '@type') !== 'ClaimReview') missingRequired.push('@type')
  const missingRecommended = RECOMMENDED.filter((path) => !isPresent(at(review, path)))
  const numeric = NUMERIC.filter((path) => !isPresent(at(review, path)))
  if (!(allowTextOnlyRating && numeric.length === NUMERIC.length)) missingRecommended.push(...numeric)
  const value = at(review, 'reviewRating.ratingValue')
  if (isPresent(value) && !(typeof value === 'number' && value >= 1 && value <= 5)) missingRequired.push('reviewRating.ratingValue (1–5)')
  return { missingRequired, missingRecommended }
}
