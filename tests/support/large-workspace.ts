import { randomUUID } from 'node:crypto'
import { getDb } from '@/lib/db/client'

const sentence = (doc: number, index: number) => `Exports to market ${doc}-${index} rose to $${index + 3} billion in ${2000 + (index % 25)}.`

// Documents of verified claims (each with a figure, one piece of evidence and two
// current ratings), the size of a busy desk's workspace. Written set-based, one
// statement per table: createMany of 20,000 rows takes about a minute on a loaded
// machine, this a few seconds. Verdicts cycle through the five rated ones.
export async function seedLargeWorkspace({ workspaceId, ownerId, reviewerId, documents, claimsPerDocument }: { workspaceId: string; ownerId: string; reviewerId: string; documents: number; claimsPerDocument: number }) {
  const db = getDb()
  const source = await db.source.create({ data: { workspaceId, url: 'https://stats.example.org/trade', normalizedUrl: 'https://stats.example.org/trade', title: 'Trade table', type: 'OFFICIAL_STATISTICS', createdById: ownerId } })
  const documentIds: string[] = []
  for (let doc = 0; doc < documents; doc++) {
    const quotes = Array.from({ length: claimsPerDocument }, (_, index) => sentence(doc, index))
    let offset = 0
    const starts = quotes.map((quote) => (offset += quote.length + 1) - quote.length - 1)
    const document = await db.document.create({ data: { workspaceId, title: `Trade report ${doc}`, contentHash: randomUUID(), createdById: ownerId } })
    const revision = await db.documentRevision.create({ data: { documentId: document.id, number: 1, text: quotes.join('\n'), contentHash: document.contentHash, createdById: ownerId } })
    documentIds.push(document.id)
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", "documentId", "revisionId", start, "end", quote, prefix, suffix, kind, checkworthiness, reasons, status, verdict, "verdictById", "verdictAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${workspaceId}, ${document.id}, ${revision.id}, q.start, q.start + length(q.quote), q.quote, '', '', 'STATISTIC', 0.9, '[]'::jsonb, 'VERIFIED',
        (ARRAY['ACCURATE','ACCURATE_WITH_CAVEATS','MISLEADING','INACCURATE','FALSE'])[(q.n - 1) % 5 + 1]::"Verdict", ${ownerId}, now(), now()
      FROM unnest(${quotes}::text[], ${starts}::int[]) WITH ORDINALITY AS q(quote, start, n)`
  }
  await db.$executeRaw`
    INSERT INTO "Quantity" (id, "claimId", position, start, "end", text, value, unit, scale, year)
    SELECT gen_random_uuid()::text, id, 0, start, "end", 'a billion', 1000000000, 'USD', 'billion', 2024 FROM "Claim" WHERE "workspaceId" = ${workspaceId}`
  await db.$executeRaw`
    INSERT INTO "Evidence" (id, "workspaceId", "claimId", "sourceId", stance, quote, locator, "createdById", "updatedAt")
    SELECT gen_random_uuid()::text, ${workspaceId}, id, ${source.id}, 'SUPPORTS', 'The table gives the figure.', 'table 4', ${reviewerId}, now() FROM "Claim" WHERE "workspaceId" = ${workspaceId}`
  await db.$executeRaw`
    INSERT INTO "Rating" (id, "workspaceId", "claimId", "userId", verdict, confidence, rationale)
    SELECT gen_random_uuid()::text, ${workspaceId}, c.id, u.id, c.verdict, 4, 'Checked against the table.' FROM "Claim" c CROSS JOIN unnest(ARRAY[${ownerId}, ${reviewerId}]) AS u(id) WHERE c."workspaceId" = ${workspaceId}`
  await db.$executeRawUnsafe('ANALYZE')
  return { documentIds, claimCount: documents * claimsPerDocument }
}
