import 'server-only'
import { summarizeActivity } from '@/lib/activity/summarize-activity'
import type { Tx } from '@/lib/db/client'
import { CLAIM_CHUNK } from './build-claims'
import { personName, USER_NAME, type Person } from './build-people'
import type { ReportAuditEntry } from './report-model'

// The appendix holds at most this many events, oldest first: enough for the history
// of a long review, bounded so a report stays printable.
export const MAX_AUDIT_ENTRIES = 5000

interface AuditRow {
  at: Date
  action: string
  before: unknown
  after: unknown
  claimId: string | null
  documentId: string | null
  actor: Person | null
}

// Events about the documents themselves (no claim) and about the claims in the report;
// events of claims left out of the report (dismissed, unverified) stay out of it too.
// Past CLAIM_CHUNK claims the list of ids would not fit one statement: the appendix
// then covers every event of the documents.
export async function loadAuditRows(tx: Tx, workspaceId: string, documentIds: string[], claimIds: string[]): Promise<AuditRow[]> {
  const claimFilter = claimIds.length <= CLAIM_CHUNK ? { OR: [{ claimId: null }, { claimId: { in: claimIds } }] } : {}
  return tx.activityEvent.findMany({
    where: { workspaceId, documentId: { in: documentIds }, ...claimFilter },
    select: { at: true, action: true, before: true, after: true, claimId: true, documentId: true, actor: USER_NAME },
    orderBy: { id: 'asc' },
    take: MAX_AUDIT_ENTRIES,
  })
}

type Json = Record<string, unknown> | null

export function buildAudit(rows: AuditRow[]): ReportAuditEntry[] {
  return rows.map((row) => ({
    at: row.at.toISOString(),
    actor: personName(row.actor),
    action: row.action,
    summary: summarizeActivity(row.action, row.before as Json, row.after as Json),
    claimId: row.claimId,
    documentId: row.documentId,
  }))
}
