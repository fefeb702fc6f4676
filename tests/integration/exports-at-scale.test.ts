import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { exportClaimReviews } from '@/lib/interchange/export-claim-reviews'
import { PassThrough } from 'node:stream'
import { buildReport } from '@/lib/reports/build-report'
import { renderReportCsv } from '@/lib/reports/render-csv'
import { streamReportCsv } from '@/lib/reports/stream-report-csv'
import { addMember } from '../support/members'
import { seedLargeWorkspace } from '../support/large-workspace'
import { createUser } from '../support/users'

// A busy desk's workspace: two documents of 10,000 verified claims. The report builder
// used to read it inside an interactive transaction with Prisma's default 5 s timeout,
// which `rating.findMany` alone outlasted ("Transaction API error … timeout 5000 ms").
const DOCUMENTS = 2
const CLAIMS_PER_DOCUMENT = 10_000

let owner: Awaited<ReturnType<typeof createUser>>
let documentIds: string[]

beforeAll(async () => {
  const reviewer = await createUser('reviewer')
  owner = await createUser('owner')
  await addMember({ actor: owner, workspaceId: owner.workspaceId, email: reviewer.email, role: 'REVIEWER' })
  ;({ documentIds } = await seedLargeWorkspace({ workspaceId: owner.workspaceId, ownerId: owner.id, reviewerId: reviewer.id, documents: DOCUMENTS, claimsPerDocument: CLAIMS_PER_DOCUMENT }))
}, 120_000)

describe('exports of a 20,000-claim workspace', () => {
  it('exports every verified claim as ClaimReview', async () => {
    const reviews = await exportClaimReviews({ actor: owner, workspaceId: owner.workspaceId, documentIds, reportUrl: 'https://desk.example/report' })
    expect(reviews).toHaveLength(DOCUMENTS * CLAIMS_PER_DOCUMENT)
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'Exports to market 0-0 rose to $3 billion in 2000.' })
  }, 60_000)

  it('builds the full report, comments and audit appendix included', async () => {
    const report = await buildReport({ actor: owner, workspaceId: owner.workspaceId, documentIds, options: { scope: 'all', includeComments: true, includeAuditAppendix: true } })
    expect(report.summary.claimCount).toBe(DOCUMENTS * CLAIMS_PER_DOCUMENT)
    expect(report.documents.map((document) => document.claims.length)).toEqual([CLAIMS_PER_DOCUMENT, CLAIMS_PER_DOCUMENT])
    const last = report.documents[1]!.claims.at(-1)!
    expect(last).toMatchObject({ quote: `Exports to market 1-${CLAIMS_PER_DOCUMENT - 1} rose to $${CLAIMS_PER_DOCUMENT + 2} billion in 2024.`, confidence: '4.00' })
    expect(last.ratings).toHaveLength(2)
    expect(last.evidence).toHaveLength(1)
  }, 60_000)

  it('streams the CSV files with the same rows as the report renders', async () => {
    const input = { actor: owner, workspaceId: owner.workspaceId, documentIds, options: { scope: 'all', includeComments: false, includeAuditAppendix: false } } as const
    const [claims, quantities] = [collect(), collect()]
    const { claimCount } = await streamReportCsv(input, { claims: claims.stream, quantities: quantities.stream })
    expect(claimCount).toBe(DOCUMENTS * CLAIMS_PER_DOCUMENT)
    const rendered = renderReportCsv(await buildReport(input))
    expect(claims.text()).toBe(rendered.claims)
    expect(quantities.text()).toBe(rendered.quantities)
    expect(claims.text().split('\r\n')).toHaveLength(DOCUMENTS * CLAIMS_PER_DOCUMENT + 2)
  }, 60_000)

  // Deterministic where the machine's speed is not: a writer holds the ratings table
  // for 6 s, so the builder's snapshot lives past the default 5 s whatever the load.
  it('waits out a read slower than the default 5 s interactive timeout', async () => {
    let isLocked!: () => void
    const locked = new Promise<void>((resolve) => (isLocked = resolve))
    const writer = getDb().$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Rating" IN ACCESS EXCLUSIVE MODE`
        isLocked()
        await tx.$executeRaw`SELECT pg_sleep(6)`
      },
      { timeout: 20_000 },
    )
    await locked
    const report = await buildReport({ actor: owner, workspaceId: owner.workspaceId, documentIds: documentIds.slice(0, 1), options: { scope: 'verified', includeComments: false, includeAuditAppendix: false } })
    await writer
    expect(report.summary.claimCount).toBe(CLAIMS_PER_DOCUMENT)
  }, 60_000)
})

function collect() {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}
