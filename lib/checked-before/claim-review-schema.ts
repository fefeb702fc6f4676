// One schema.org ClaimReview as other fact-checkers publish it (and as our own export,
// lib/reports/claim-review.ts, writes it), read into the fields of an ExternalCheck.
// Pure. What the matcher needs is required; the rest is read leniently, because feeds
// in the wild differ in the details: a Rating's numbers often arrive as strings, and
// `author`, `reviewRating` and `itemReviewed` as one-element arrays.
import { z } from 'zod'

export const MAX_CLAIM_CHARS = 5_000
const MAX_URL_CHARS = 2_048
const MAX_NAME_CHARS = 500

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value)
const blankToUndefined = (value: unknown) => (value === null || (typeof value === 'string' && !value.trim()) ? undefined : value)

// "Organization" or "Person": an object with a name, or just the name.
const organizationOf = (value: unknown) => {
  const first = firstOf(value)
  return typeof first === 'string' ? { name: first } : first
}
const nameOf = (value: unknown) => {
  const organization = organizationOf(value)
  return isObject(organization) && typeof organization.name === 'string' && organization.name.trim() ? organization.name : undefined
}
// A link shown to readers: only http(s); anything else is left out rather than refused.
const webUrlOf = (value: unknown) => (typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim()) && value.trim().length <= MAX_URL_CHARS ? value.trim() : undefined)

const ZName = z.preprocess(
  blankToUndefined,
  z
    .string({ error: 'expected text' })
    .trim()
    .max(MAX_NAME_CHARS, `is longer than ${MAX_NAME_CHARS} characters`)
    .optional(),
)
const ZOrganization = z.preprocess(
  organizationOf,
  z.object({ name: ZName, url: z.preprocess(webUrlOf, z.string().optional()) }, { error: 'expected an Organization with a name' }),
)

const ZNumber = z.preprocess(
  (value) => {
    const blank = blankToUndefined(value)
    return typeof blank === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(blank) ? Number(blank) : blank
  },
  z.number({ error: 'expected a number' }).optional(),
)

const ZDate = z.preprocess(
  blankToUndefined,
  z
    .string({ error: 'expected a date (YYYY-MM-DD)' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected a date (YYYY-MM-DD)')
    .transform((value, ctx) => {
      // A date alone is that day in UTC; a time without a zone is read as UTC too.
      const iso = value.length === 10 ? `${value}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${value}Z`
      const date = new Date(iso.replace(' ', 'T'))
      if (Number.isNaN(date.getTime())) ctx.addIssue({ code: 'custom', message: 'is not a real date' })
      return date
    })
    .optional(),
)

const ZRating = z.preprocess(
  (value) => blankToUndefined(firstOf(value)),
  z.object({ ratingValue: ZNumber, bestRating: ZNumber, worstRating: ZNumber, alternateName: ZName, name: ZName }, { error: 'expected a Rating object' }).optional(),
)

const ZItemReviewed = z.preprocess((value) => (isObject(firstOf(value)) ? firstOf(value) : undefined), z.object({ author: z.preprocess((value) => nameOf(value), ZName) }).optional())

const ZReviewFields = z.object({
  claimReviewed: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'expected text') })
    .trim()
    .min(1, 'is empty')
    .max(MAX_CLAIM_CHARS, `is longer than ${MAX_CLAIM_CHARS.toLocaleString('en')} characters`),
  url: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'expected a URL') })
    .trim()
    .max(MAX_URL_CHARS, `is longer than ${MAX_URL_CHARS.toLocaleString('en')} characters`)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  author: z.preprocess(
    (value) => (value === undefined ? {} : value),
    ZOrganization.pipe(z.object({ name: z.string({ error: 'is required (the fact-checker’s name, as author.name or publisher.name)' }), url: z.string().optional() })),
  ),
  datePublished: ZDate,
  reviewRating: ZRating,
  itemReviewed: ZItemReviewed,
})

// ClaimReview's `author` is the fact-checking organization; `publisher` stands in when
// only it is named (it is usually the same organization).
export const ZClaimReview = z
  .preprocess((value) => (isObject(value) && !nameOf(value.author) && nameOf(value.publisher) ? { ...value, author: value.publisher } : value), ZReviewFields)
  .transform((review) => ({
    claimText: review.claimReviewed,
    url: review.url,
    publisherName: review.author.name,
    publisherUrl: review.author.url ?? null,
    ratingName: review.reviewRating?.alternateName ?? review.reviewRating?.name ?? null,
    ratingValue: review.reviewRating?.ratingValue ?? null,
    bestRating: review.reviewRating?.bestRating ?? null,
    worstRating: review.reviewRating?.worstRating ?? null,
    reviewedAt: review.datePublished ?? null,
    claimAuthor: review.itemReviewed?.author ?? null,
  }))

export type ClaimReviewFields = z.output<typeof ZClaimReview>
