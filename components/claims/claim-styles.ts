import type { ClaimKind } from '@/lib/extract/types'
import type { ClaimStatus } from '@/lib/db/generated/enums'

// One colour per kind, used for highlights and badges alike.
export const KIND_STYLES: Record<ClaimKind, { label: string; mark: string; badge: string }> = {
  STATISTIC: { label: 'Statistic', mark: 'bg-amber-200/70 decoration-amber-600', badge: 'bg-amber-100 text-amber-900' },
  COMPARISON: { label: 'Comparison', mark: 'bg-sky-200/70 decoration-sky-600', badge: 'bg-sky-100 text-sky-900' },
  RANKING: { label: 'Ranking', mark: 'bg-violet-200/70 decoration-violet-600', badge: 'bg-violet-100 text-violet-900' },
  FACTUAL: { label: 'Factual', mark: 'bg-emerald-200/60 decoration-emerald-600', badge: 'bg-emerald-100 text-emerald-900' },
  PREDICTION: { label: 'Prediction', mark: 'bg-rose-200/60 decoration-rose-600', badge: 'bg-rose-100 text-rose-900' },
  OPINION: { label: 'Opinion', mark: 'bg-stone-200/70 decoration-stone-500', badge: 'bg-stone-200 text-stone-700' },
}

// Low-scoring claims (rhetoric, opinion) are drawn faintly but stay visible.
export function scoreOpacity(checkworthiness: number): string {
  if (checkworthiness >= 0.6) return 'opacity-100'
  if (checkworthiness >= 0.3) return 'opacity-80'
  return 'opacity-50'
}

// Highlights are coloured by review status: what still needs checking stands out.
export const STATUS_STYLES: Record<ClaimStatus, { label: string; mark: string; badge: string }> = {
  UNREVIEWED: { label: 'Unreviewed', mark: 'bg-amber-200/70', badge: 'bg-amber-100 text-amber-900' },
  IN_REVIEW: { label: 'In review', mark: 'bg-sky-200/70', badge: 'bg-sky-100 text-sky-900' },
  READY: { label: 'Ready', mark: 'bg-violet-200/70', badge: 'bg-violet-100 text-violet-900' },
  VERIFIED: { label: 'Verified', mark: 'bg-emerald-200/60', badge: 'bg-emerald-100 text-emerald-900' },
}
