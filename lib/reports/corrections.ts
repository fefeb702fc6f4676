// The corrections log: verdicts that changed after a claim was first verified, read
// from the claim's status-change activity rows (lib/reviews/set-claim-status.ts writes
// before/after { status, verdict, overrideReason }). Pure.
import type { Verdict } from '@/lib/db/generated/enums'
import { isVerdict } from '@/lib/reviews/verdicts'
import type { ReportCorrection } from './report-model'

// The actions that move a claim's status or final verdict (current and older names).
export const STATUS_ACTIONS = ['claim.status_changed', 'claim.statusChanged', 'claim.verdictSet', 'claim.verified']

export interface StatusEvent {
  claimId: string | null
  action: string
  before: unknown
  after: unknown
  at: Date
  actorName: string | null
}

interface Change {
  status: string | null
  verdict: Verdict | null
  reason: string | null
}

// Events oldest first. A correction is recorded when a verified claim is verified again
// with a different verdict, and when a verified claim is withdrawn from Verified and is
// not verified again (its verdict then reads as withdrawn: `to` is null).
export function findCorrections(events: StatusEvent[], quotes: Map<string, string>): ReportCorrection[] {
  const corrections: ReportCorrection[] = []
  const byClaim = new Map<string, StatusEvent[]>()
  for (const event of events) {
    if (!event.claimId || !quotes.has(event.claimId) || !STATUS_ACTIONS.includes(event.action)) continue
    byClaim.set(event.claimId, [...(byClaim.get(event.claimId) ?? []), event])
  }
  for (const [claimId, claimEvents] of byClaim) {
    const quote = quotes.get(claimId)!
    let verified: { verdict: Verdict | null } | null = null
    let withdrawal: ReportCorrection | null = null
    for (const event of claimEvents) {
      const before = readChange(event.before)
      const after = readChange(event.after)
      const entry = { claimId, quote, reason: after.reason, by: event.actorName, at: event.at.toISOString() }
      if (after.status === 'VERIFIED') {
        if (verified && verified.verdict !== after.verdict) corrections.push({ ...entry, from: verified.verdict, to: after.verdict })
        verified = { verdict: after.verdict }
        withdrawal = null
      } else if (verified && before.status === 'VERIFIED' && after.status !== null) {
        withdrawal = { ...entry, from: verified.verdict, to: null }
      }
    }
    if (withdrawal) corrections.push(withdrawal)
  }
  return corrections.sort((a, b) => a.at.localeCompare(b.at) || a.claimId.localeCompare(b.claimId))
}

function readChange(value: unknown): Change {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  const text = (key: string) => (typeof record[key] === 'string' && (record[key] as string).trim() ? (record[key] as string) : null)
  return { status: text('status'), verdict: isVerdict(record.verdict) ? record.verdict : null, reason: text('overrideReason') ?? text('reason') }
}
