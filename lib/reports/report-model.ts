// The verified claim report as data: everything every format (HTML, PDF, Markdown, CSV,
// ClaimReview) renders, built once by buildReport (lib/reports/build-report.ts) from one
// or several documents. Plain JSON (dates as ISO strings, decimals as strings), so it
// can be hashed, stored as a shared snapshot and rendered anywhere.
import type { ClaimKind, ClaimStatus, EvidenceStance, SourceType, Verdict } from '@/lib/db/generated/enums'
import type { FigureComparison } from '@/lib/evidence/compare-figure'
import type { QuoteCheckState } from '@/lib/quotes/describe-location'
import type { QuoteSelector } from '@/lib/quotes/quote-selectors'

export const REPORT_MODEL_VERSION = 1

export interface ReportOptions {
  // Only VERIFIED claims, or every current (not dismissed) claim with its status.
  scope: 'verified' | 'all'
  includeComments: boolean
  includeAuditAppendix: boolean
}

export interface ReportModel {
  modelVersion: typeof REPORT_MODEL_VERSION
  title: string
  generatedAt: string
  workspace: { id: string; name: string }
  options: ReportOptions
  documents: ReportDocument[]
  summary: ReportSummary
  methodology: ReportMethodology
  // Verdicts changed after a claim was first verified, with the reasons given.
  corrections: ReportCorrection[]
  // From the activity log, oldest first; empty unless options.includeAuditAppendix.
  audit: ReportAuditEntry[]
}

export interface ReportDocument {
  id: string
  title: string
  author: string | null
  publisher: string | null
  publishedAt: string | null // YYYY-MM-DD
  sourceUrl: string | null
  revision: { id: string; number: number; contentHash: string; createdAt: string }
  claims: ReportClaim[] // in document order
}

export interface ReportClaim {
  id: string
  quote: string
  // Up to a sentence of the text either side, for the quote in context.
  context: { before: string; after: string }
  start: number
  end: number
  kind: ClaimKind
  status: ClaimStatus
  verdict: Verdict | null
  verdictLabel: string | null
  // ClaimReview ratingValue: 5 best … 1 worst; null for Unverifiable or no verdict.
  ratingValue: number | null
  // Mean confidence of the current ratings (1–5, 2 decimals), null without ratings.
  confidence: string | null
  // How the verdict became final: the workflow's rules, or an editor's override.
  finalisedBy: { rule: 'workflow' | 'override'; overrideReason: string | null; by: string | null; at: string | null } | null
  quantities: ReportQuantity[]
  evidence: ReportEvidence[]
  ratings: { reviewer: string; verdict: Verdict; verdictLabel: string; confidence: number; rationale: string; at: string }[]
  comments: { author: string; body: string; at: string; replies: { author: string; body: string; at: string }[] }[]
}

export interface ReportQuantity {
  text: string
  value: string
  valueMax: string | null
  unit: string
  qualifier: string | null
  year: number | null
  // Human-readable normalized form, e.g. "over 110,000,000,000 USD · in 2024".
  formatted: string
}

export interface ReportEvidence {
  stance: EvidenceStance
  quote: string
  locator: string | null
  figure: string | null
  comparison: FigureComparison | null
  // "matches", "differs by +8.2%", "different unit", … ; null without a figure.
  comparisonLabel: string | null
  addedBy: string
  at: string
  source: { url: string | null; title: string; publisher: string | null; author: string | null; publishedAt: string | null; accessedAt: string | null; archiveUrl: string | null; type: SourceType; reliability: number | null; isRetracted: boolean; retractionNote: string | null }
  // Where the quote stands in the source as archived. Absent from reports published
  // before quotes were located; every report built since has it.
  quoteLocation?: ReportQuoteLocation
  // Where the checked figure came from: "source says 15.3 billion dollars on p. 12", or
  // the figure as typed. Absent like quoteLocation, and null without a figure.
  figureCheck?: { origin: 'quote' | 'typed'; text: string; summary: string } | null
}

export interface ReportQuoteLocation {
  state: QuoteCheckState // found, figure-differs, not-found, or not located (pending, unarchived, unchecked)
  label: string // "Quote found on page 12", "Quote not found in the source as archived on 1 Nov 2026"
  isFlagged: boolean
  page: number | null
  endPage: number | null
  paragraph: number | null // 1-based block of the snapshot's text
  // The snapshot searched: its number for the source, the SHA-256 of its bytes and of
  // its text (which the selectors index), and when it was fetched or uploaded. Covered
  // by the report's content hash, so the report proves which version of the source it used.
  snapshot: { number: number; sha256: string | null; textSha256: string | null; archivedAt: string } | null
  // A W3C Web Annotation target in the snapshot's text: TextQuoteSelector,
  // TextPositionSelector and, for a PDF, an RFC 3778 page FragmentSelector.
  target: { source: string; selector: QuoteSelector[] } | null
  // The source reader at the quote, relative to the app ("/w/…/sources/…?snapshot=1&at=10-52").
  path: string | null
}

export interface ReportSummary {
  claimCount: number
  byVerdict: { verdict: Verdict | 'NONE'; label: string; count: number }[] // every verdict, VERDICTS order, then NONE
  byStatus: { status: ClaimStatus; count: number }[]
}

export interface ReportMethodology {
  // How claims were selected (extraction, check-worthiness) and checked (workflow).
  selection: string
  checking: string
  thresholds: { verifyMinRatings: number; verifyMinAgreement: string; verifyRequiresStrongEvidence: boolean }
}

export interface ReportCorrection {
  claimId: string
  quote: string
  from: Verdict | null
  to: Verdict | null
  reason: string | null
  by: string | null
  at: string
}

export interface ReportAuditEntry {
  at: string
  actor: string | null
  action: string
  summary: string
  claimId: string | null
  documentId: string | null
}
