import 'server-only'
import type { Writable } from 'node:stream'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { StreamWriter } from '@/lib/interchange/json-writer'
import { parseInput } from '@/lib/validation'
import { loadClaimDetails, toReportClaim } from './build-claims'
import { loadDocuments, REPORT_CLAIM_INCLUDE, REPORT_CLAIM_ORDER, reportClaimsWhere } from './build-report'
import { ZBuildReport } from './build-report-schema'
import { beginReadOnly, READ_SNAPSHOT } from './read-snapshot'
import { CLAIM_HEADER, claimCsvRow, csvText, QUANTITY_HEADER, quantityCsvRows } from './render-csv'

// Claims read, turned into rows and written per batch: memory holds one batch and the
// ids of the report's claims, whatever its size.
export const CSV_BATCH = 1_000

export interface CsvOutputs {
  claims?: Writable
  quantities?: Writable
}

// The report's two CSV files (the same rows as renderReportCsv of buildReport's model),
// streamed: the claims are listed by id in report order, then read with their
// ratings and evidence a batch at a time. One read-only snapshot (read-snapshot.ts)
// covers the whole export, so the two files agree. Any member; the callers end the streams.
export async function streamReportCsv({ actor, ...input }: { actor: Actor } & Record<string, unknown>, outputs: CsvOutputs): Promise<{ claimCount: number }> {
  const { workspaceId, documentIds, options } = parseInput(ZBuildReport, input)
  const writers = { claims: outputs.claims && new StreamWriter(outputs.claims), quantities: outputs.quantities && new StreamWriter(outputs.quantities) }
  return getDb().$transaction(async (tx) => {
    await beginReadOnly(tx)
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
    const documents = await loadDocuments(tx, workspaceId, documentIds)
    await writers.claims?.write(headerRow(CLAIM_HEADER))
    await writers.quantities?.write(headerRow(QUANTITY_HEADER))
    let claimCount = 0
    for (const document of documents) {
      const ids = (await tx.claim.findMany({ where: reportClaimsWhere(workspaceId, [document.id], options.scope), orderBy: REPORT_CLAIM_ORDER, select: { id: true } })).map((claim) => claim.id)
      for (let at = 0; at < ids.length; at += CSV_BATCH) await writeBatch(tx, workspaceId, document, ids.slice(at, at + CSV_BATCH), writers)
      claimCount += ids.length
    }
    await writers.claims?.flush()
    await writers.quantities?.flush()
    return { claimCount }
  }, READ_SNAPSHOT)
}

type LoadedDocument = Awaited<ReturnType<typeof loadDocuments>>[number]

async function writeBatch(tx: Tx, workspaceId: string, document: LoadedDocument, ids: string[], writers: { claims?: StreamWriter; quantities?: StreamWriter }) {
  const rows = await tx.claim.findMany({ where: { id: { in: ids } }, include: REPORT_CLAIM_INCLUDE })
  const byId = new Map(rows.map((row) => [row.id, row]))
  const details = await loadClaimDetails(tx, workspaceId, ids, false)
  for (const id of ids) {
    // CSV has no context column: the words around the quote are not computed.
    const claim = toReportClaim(byId.get(id)!, { before: '', after: '' }, details)
    await writers.claims?.write(csvLine(claimCsvRow(document, claim)))
    for (const row of writers.quantities ? quantityCsvRows(document, claim) : []) await writers.quantities!.write(csvLine(row))
  }
}

const csvLine = (cells: string[]) => `${cells.join(',')}\r\n`
const headerRow = (header: string[]) => csvLine(header.map(csvText))
