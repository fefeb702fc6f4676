import { describe, expect, it } from 'vitest'
import { claimReviewJsonLd } from '@/lib/reports/claim-review'
import type { ReportClaim, ReportModel } from '@/lib/reports/report-model'
import { validateClaimReview } from '@/lib/reports/validate-claim-review'

const claim = (id: string, overrides: Partial<ReportClaim>): ReportClaim => ({
  id,
  quote: 'Trade reached over $110 billion in 2024.',
  context: { before: '', after: '' },
  start: 0,
  end: 40,
  kind: 'STATISTIC',
  status: 'VERIFIED',
  verdict: 'ACCURATE',
  verdictLabel: 'Accurate',
  ratingValue: 5,
  confidence: '4.50',
  finalisedBy: { rule: 'workflow', overrideReason: null, by: 'Ada', at: '2026-03-02T10:00:00.000Z' },
  quantities: [],
  evidence: [],
  ratings: [],
  comments: [],
  ...overrides,
})

const report = (claims: ReportClaim[], document: Partial<ReportModel['documents'][number]> = {}): ReportModel => ({
  modelVersion: 1,
  title: 'Trade report',
  generatedAt: '2026-03-03T00:00:00.000Z',
  workspace: { id: 'w1', name: 'The Desk' },
  options: { scope: 'all', includeComments: false, includeAuditAppendix: false },
  documents: [{ id: 'd1', title: 'China and Russia', author: 'Jane Writer', publisher: 'The Paper', publishedAt: '2025-01-10', sourceUrl: 'https://paper.example/article', revision: { id: 'r1', number: 1, contentHash: 'abc', createdAt: '2025-01-11T00:00:00.000Z' }, claims, ...document }],
  summary: { claimCount: claims.length, byVerdict: [], byStatus: [] },
  methodology: { selection: '', checking: '', thresholds: { verifyMinRatings: 2, verifyMinAgreement: '0.67', verifyRequiresStrongEvidence: true } },
  corrections: [],
  audit: [],
})

const PUBLISHER = { name: 'The Desk', url: 'https://desk.example' }

describe('ClaimReview JSON-LD', () => {
  it('gives one review per verified claim with a verdict, with every property Google requires and recommends', () => {
    const reviews = claimReviewJsonLd(
      report([claim('c1', {}), claim('c2', { status: 'READY' }), claim('c3', { verdict: null, verdictLabel: null, ratingValue: null }), claim('c4', { verdict: 'FALSE', verdictLabel: 'False', ratingValue: 1, quote: 'Over 15,000 sanctions.' })]),
      { reportUrl: 'https://desk.example/r/abc', publisher: PUBLISHER },
    )
    expect(reviews).toHaveLength(2)
    for (const review of reviews) expect(validateClaimReview(review)).toEqual({ missingRequired: [], missingRecommended: [] })
    expect(reviews[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Trade reached over $110 billion in 2024.',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Accurate', name: 'Accurate' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: [{ '@type': 'CreativeWork', url: 'https://paper.example/article', headline: 'China and Russia', datePublished: '2025-01-10' }],
        firstAppearance: { '@type': 'CreativeWork', url: 'https://paper.example/article', headline: 'China and Russia', datePublished: '2025-01-10' },
        author: { '@type': 'Person', name: 'Jane Writer' },
        datePublished: '2025-01-10',
      },
      author: { '@type': 'Organization', name: 'The Desk', url: 'https://desk.example' },
      publisher: { '@type': 'Organization', name: 'The Desk', url: 'https://desk.example' },
      datePublished: '2026-03-02',
      url: 'https://desk.example/r/abc#claim-c1',
    })
    expect(reviews[1]).toMatchObject({ claimReviewed: 'Over 15,000 sanctions.', reviewRating: { ratingValue: 1, alternateName: 'False' } })
  })

  it('rates Unverifiable with text only, and still passes', () => {
    const [review] = claimReviewJsonLd(report([claim('c1', { verdict: 'UNVERIFIABLE', verdictLabel: 'Unverifiable', ratingValue: null })]), { reportUrl: 'https://desk.example/r/abc', publisher: PUBLISHER })
    expect(review!.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable', name: 'Unverifiable' })
    expect(validateClaimReview(review)).toEqual({ missingRequired: [], missingRecommended: [] })
  })

  it('names the publisher as the claim author when the document has no author, and leaves out what is unknown', () => {
    const [review] = claimReviewJsonLd(report([claim('c1', { finalisedBy: null })], { author: null, sourceUrl: null, publishedAt: null }), { publisher: { name: 'The Desk' } })
    expect(review!.itemReviewed).toEqual({ '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', headline: 'China and Russia' }], firstAppearance: { '@type': 'CreativeWork', headline: 'China and Russia' }, author: { '@type': 'Organization', name: 'The Paper' } })
    // without a report URL the review has no url, which Google requires: the validator says so
    expect(validateClaimReview(review)).toEqual({ missingRequired: ['url'], missingRecommended: ['datePublished', 'itemReviewed.datePublished'] })
  })

  it('gives an empty list for an empty report', () => {
    expect(claimReviewJsonLd(report([]), { publisher: PUBLISHER })).toEqual([])
  })

  it('flags a missing rating text and an out-of-scale value', () => {
    expect(validateClaimReview({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x', url: 'u', reviewRating: { ratingValue: 7 } }).missingRequired).toEqual(['reviewRating.alternateName', 'reviewRating.ratingValue (1–5)'])
  })
})
