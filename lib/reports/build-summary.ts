// Counts by final verdict and by status. Only a Verified claim's verdict is final; a
// proposed (Ready) verdict and no verdict at all count as NONE. Pure.
import { STATUS_ORDER } from '@/lib/reviews/status-workflow'
import { VERDICT_LABELS, VERDICTS } from '@/lib/reviews/verdicts'
import type { ReportClaim, ReportSummary } from './report-model'

export const NO_VERDICT_LABEL = 'No final verdict'

export function buildSummary(claims: Pick<ReportClaim, 'status' | 'verdict'>[]): ReportSummary {
  const finalVerdict = (claim: Pick<ReportClaim, 'status' | 'verdict'>) => (claim.status === 'VERIFIED' ? claim.verdict : null)
  return {
    claimCount: claims.length,
    byVerdict: [
      ...VERDICTS.map((verdict) => ({ verdict, label: VERDICT_LABELS[verdict], count: claims.filter((claim) => finalVerdict(claim) === verdict).length })),
      { verdict: 'NONE' as const, label: NO_VERDICT_LABEL, count: claims.filter((claim) => finalVerdict(claim) === null).length },
    ],
    byStatus: STATUS_ORDER.map((status) => ({ status, count: claims.filter((claim) => claim.status === status).length })),
  }
}
