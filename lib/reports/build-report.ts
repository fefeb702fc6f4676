import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { buildAudit, loadAuditRows } from './build-audit'
import { loadClaimDetails, toReportClaim } from './build-claims'
import { claimContext } from './build-context'
import { USER_NAME } from './build-people'
import { ZBuildReport } from './build-report-schema'
import { buildSummary } from './build-summary'
import { findCorrections } from './corrections'
import { buildMethodology } from './methodology'
import { beginReadOnly, READ_SNAPSHOT } from './read-snapshot'
import { REPORT_MODEL_VERSION, type ReportDocument, type ReportModel } from './report-model'

// The verified claim report of 1–50 documents, as data every format renders. Reads
// each document's latest revision and its current claims (not superseded, dismissed or
// orphaned), in text order, in one read-only repeatable-read snapshot (read-snapshot.ts) so that the figures, the
// summary and the hash agree. A bounded number of queries whatever the claim count
// (claim-keyed reads are chunked, see build-claims.ts). No claims is a valid empty report.
export async function buildReport({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ReportModel> {
  const { workspaceId, documentIds, options, title } = parseInput(ZBuildReport, input)
  return getDb().$transaction(
    async (tx) => {
      await beginReadOnly(tx)
      await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
      const workspace = await tx.workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        select: { id: true, name: true, verifyMinRatings: true, verifyMinAgreement: true, verifyRequiresStrongEvidence: true },
      })
      const documents = await loadDocuments(tx, workspaceId, documentIds)
      const claims = await tx.claim.findMany({
        where: reportClaimsWhere(workspaceId, documentIds, options.scope),
        include: REPORT_CLAIM_INCLUDE,
        orderBy: REPORT_CLAIM_ORDER,
      })
      const claimIds = claims.map((claim) => claim.id)
      const details = await loadClaimDetails(tx, workspaceId, claimIds, options.includeComments)
      const reportDocuments: ReportDocument[] = documents.map(({ revision, ...document }) => ({
        ...document,
        revision: { id: revision.id, number: revision.number, contentHash: revision.contentHash, createdAt: revision.createdAt.toISOString() },
        claims: claims
          .filter((claim) => claim.documentId === document.id)
          .map((claim) => {
            // A claim anchored in an older revision (not yet re-anchored) keeps its stored selector context.
            const context = claim.revisionId === revision.id ? claimContext(revision.text, claim.start, claim.end) : { before: claim.prefix.replace(/\s+/g, ' '), after: claim.suffix.replace(/\s+/g, ' ') }
            return toReportClaim(claim, context, details)
          }),
      }))
      const quotes = new Map(claims.map((claim) => [claim.id, claim.quote]))
      const auditRows = options.includeAuditAppendix ? await loadAuditRows(tx, workspaceId, documentIds, claimIds) : []
      const settings = { ...workspace, verifyMinAgreement: workspace.verifyMinAgreement.toFixed(2) }
      return {
        modelVersion: REPORT_MODEL_VERSION,
        title: title ?? defaultTitle(documents),
        generatedAt: new Date().toISOString(),
        workspace: { id: workspace.id, name: workspace.name },
        options,
        documents: reportDocuments,
        summary: buildSummary(reportDocuments.flatMap((document) => document.claims)),
        methodology: buildMethodology(settings, options),
        corrections: findCorrections(details.statusEvents, quotes),
        audit: buildAudit(auditRows),
      }
    },
    // not the default 5 s: see read-snapshot.ts
    READ_SNAPSHOT,
  )
}

// The claims a report holds: current ones (not superseded, dismissed or orphaned), in
// text order. Shared with the streamed CSV (stream-report-csv.ts), so both list the same.
export function reportClaimsWhere(workspaceId: string, documentIds: string[], scope: 'verified' | 'all') {
  return { workspaceId, documentId: { in: documentIds }, supersededAt: null, dismissedAt: null, orphanedAt: null, ...(scope === 'verified' ? { status: 'VERIFIED' as const } : {}) }
}
export const REPORT_CLAIM_INCLUDE = { quantities: { orderBy: { position: 'asc' as const } }, verdictBy: USER_NAME }
export const REPORT_CLAIM_ORDER = [{ start: 'asc' as const }, { end: 'desc' as const }, { id: 'asc' as const }]

// The documents in the order asked for, each with its latest revision.
export async function loadDocuments(tx: Tx, workspaceId: string, documentIds: string[]) {
  const rows = await tx.document.findMany({
    where: { workspaceId, id: { in: documentIds } },
    select: {
      id: true,
      title: true,
      author: true,
      publisher: true,
      publishedAt: true,
      sourceUrl: true,
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, contentHash: true, createdAt: true, text: true } },
    },
  })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return documentIds.map((id) => {
    const row = byId.get(id)
    const revision = row?.revisions[0]
    // Another workspace's document, or none at all: the same answer, so ids reveal nothing.
    if (!row || !revision) throw new AppError('NOT_FOUND', `Document not found: ${id}`, [{ field: 'documentIds', message: `has a document that is not in this workspace: ${id}` }])
    const { revisions: _revisions, publishedAt, ...document } = row
    return { ...document, publishedAt: publishedAt ? publishedAt.toISOString().slice(0, 10) : null, revision }
  })
}

function defaultTitle(documents: { title: string }[]): string {
  return documents.length === 1 ? `Claim report: ${documents[0]!.title}` : `Claim report: ${documents.length} documents`
}
