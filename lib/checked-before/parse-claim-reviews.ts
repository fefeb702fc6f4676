// Finds the ClaimReviews in an upload and reads each, or rejects the whole upload
// with every problem named by where it is: `[3].reviewRating.ratingValue`,
// `@graph[0].url`, `line 7: claimReviewed`. Pure.
// An upload is one ClaimReview, an array of them, a JSON-LD document with an `@graph`
// (nodes of other types in it are skipped), or JSON Lines (see parseJsonLines).
import { AppError, type FieldIssue } from '@/lib/errors'
import { ZClaimReview, type ClaimReviewFields } from './claim-review-schema'

export const MAX_REVIEWS_PER_IMPORT = 5_000
// Problems reported at most: a file that is wrong throughout needs its first ones fixed.
const MAX_REPORTED = 100

// JSON Lines read line by line, so that problems can name their line.
export class JsonLines {
  constructor(readonly items: readonly { line: number; value: unknown }[]) {}
}

// One JSON value a line; blank lines are skipped. A line that is not JSON rejects the upload.
export function parseJsonLines(text: string): JsonLines {
  const items: { line: number; value: unknown }[] = []
  const problems: Problem[] = []
  text.split(/\r?\n/).forEach((content, index) => {
    if (!content.trim()) return
    try {
      items.push({ line: index + 1, value: JSON.parse(content) })
    } catch {
      problems.push({ at: `line ${index + 1}`, field: `line ${index + 1}`, message: 'is not valid JSON' })
    }
  })
  if (problems.length) throw rejection(problems, items.length + problems.length)
  return new JsonLines(items)
}

// A problem, and which entry of the upload it belongs to.
interface Problem extends FieldIssue {
  at: string
}

export function parseClaimReviews(input: unknown): ClaimReviewFields[] {
  const found: Found = { reviews: [], problems: [] }
  if (input instanceof JsonLines) for (const { line, value } of input.items) collect(value, `line ${line}`, found)
  else collect(input, '', found)
  const { reviews, problems } = found
  const total = reviews.length + new Set(problems.map((problem) => problem.at)).size
  if (total === 0) throw new AppError('INVALID_INPUT', 'No ClaimReview found: expected objects with "@type": "ClaimReview" (one, an array, an @graph, or one per line)')
  if (total > MAX_REVIEWS_PER_IMPORT) {
    throw new AppError('INVALID_INPUT', `An import holds at most ${MAX_REVIEWS_PER_IMPORT.toLocaleString('en')} reviews; this one has ${total.toLocaleString('en')}. Split it and import the parts.`)
  }
  if (problems.length) throw rejection(problems, total)
  return reviews
}

interface Found {
  reviews: ClaimReviewFields[]
  problems: Problem[]
}

// Walks the upload in order, reading each ClaimReview where it is found.
function collect(value: unknown, at: string, found: Found): void {
  const { problems } = found
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${at}[${index}]`, found))
    return
  }
  if (typeof value !== 'object' || value === null) {
    problems.push({ at, field: at || 'input', message: 'expected a ClaimReview object' })
    return
  }
  const node = value as Record<string, unknown>
  if (isClaimReview(node['@type'])) {
    const result = ZClaimReview.safeParse(node)
    if (result.success) found.reviews.push(result.data)
    else problems.push(...firstIssuePerField(at, result.error.issues))
  } else if (Array.isArray(node['@graph'])) collect(node['@graph'], join(at, '@graph'), found)
  // A node of another type (an Organization, a WebPage) is not ours to read; one with no
  // type that reads like a review was most likely meant as one.
  else if (node['@type'] === undefined && ('claimReviewed' in node || !at)) problems.push({ at, field: join(at, '@type'), message: 'must be "ClaimReview"' })
}

// "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview", or an array with one.
function isClaimReview(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type]
  return types.some((item) => typeof item === 'string' && /(^|[:/#])ClaimReview$/.test(item.trim()))
}

function join(at: string, path: string): string {
  if (!at) return path || 'input'
  if (!path) return at
  return at.startsWith('line ') ? `${at}: ${path}` : `${at}.${path}`
}

// One problem per field, the first: later checks often only restate it.
function firstIssuePerField(at: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Problem[] {
  const fields: Problem[] = []
  for (const issue of issues) {
    const field = join(at, issue.path.map(String).join('.'))
    if (!fields.some((known) => known.field === field)) fields.push({ at, field, message: issue.message })
  }
  return fields
}

function rejection(problems: Problem[], total: number): AppError {
  const entries = new Set(problems.map((problem) => problem.at)).size
  const shown = problems.slice(0, 3).map((problem) => `${problem.field}: ${problem.message}`)
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : ''
  const where = total > 1 ? `${entries} of ${total} entries have problems` : 'the review has problems'
  return new AppError('INVALID_INPUT', `Nothing was imported: ${where} — ${shown.join('; ')}${more}`, problems.slice(0, MAX_REPORTED).map(({ field, message }) => ({ field, message })))
}
