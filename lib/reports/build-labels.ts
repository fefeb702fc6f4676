// Wording shared by the HTML and Markdown renderings (labels, dates, how a verdict became final). Pure.
import type { EvidenceStance, SourceType, Verdict } from '@/lib/db/generated/enums'
import { VERDICT_LABELS } from '@/lib/reviews/verdicts'
import type { ReportClaim } from './report-model'

export const STANCE_LABELS: Record<EvidenceStance, string> = { SUPPORTS: 'Supports', CONTRADICTS: 'Contradicts', CONTEXT: 'Context' }

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  OFFICIAL_STATISTICS: 'official statistics',
  PRIMARY_DATA: 'primary data',
  PEER_REVIEWED: 'peer-reviewed',
  REPORT: 'report',
  NEWS: 'news',
  OTHER: 'other',
}

export function verdictText(verdict: Verdict | null): string {
  return verdict ? VERDICT_LABELS[verdict] : 'no verdict'
}

// ISO time as "2026-11-28" or "2026-11-28 12:00 UTC": the same in every time zone.
export function formatDate(iso: string, withTime = false): string {
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso.slice(0, 10)
}

export function describeFinalisation(finalisedBy: NonNullable<ReportClaim['finalisedBy']>): string {
  const who = finalisedBy.by ? ` by ${finalisedBy.by}` : ''
  const when = finalisedBy.at ? ` on ${formatDate(finalisedBy.at)}` : ''
  return finalisedBy.rule === 'override'
    ? `Verified${who}${when} by editor's override of the workspace's rules. Reason: ${finalisedBy.overrideReason ?? 'none given'}`
    : `Verified${who}${when}: the workspace's rules were met (enough agreeing ratings and evidence).`
}

// Only http(s) addresses become links in a report: never javascript:, data: or file:.
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}
