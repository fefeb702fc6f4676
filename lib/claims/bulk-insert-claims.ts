import { randomUUID } from 'node:crypto'
import type { Prisma } from '@/lib/db/generated/client'
import type { Db } from '@/lib/db/client'
import type { PrismaPromise } from '@/lib/db/generated/internal/prismaNamespace'

// Claims and quantities of a large import, written as one INSERT … SELECT FROM unnest(…)
// per table and batch, with one array parameter per column. createMany builds and
// serializes every row object through Prisma's query engine on the server's event
// loop: for 12,000 claims that blocked it for seconds and took 1–2 GB of heap
// (bench:imports). Column arrays cost a few milliseconds and a copy of the values.
const ROWS_PER_STATEMENT = 5_000

const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value))
const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value))

export function insertClaims(db: Db, rows: Prisma.ClaimCreateManyInput[]): PrismaPromise<number>[] {
  return chunks(rows).map((batch) => {
    const column = <T>(pick: (row: Prisma.ClaimCreateManyInput) => T) => batch.map(pick)
    return db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", "documentId", "revisionId", start, "end", quote, prefix, suffix, kind, checkworthiness, reasons, derived, origin, "createdById", "updatedAt")
      SELECT id, "workspaceId", "documentId", "revisionId", start, "end", quote, prefix, suffix, kind::"ClaimKind", checkworthiness, reasons, derived, origin::"ClaimOrigin", "createdById", now()
      FROM unnest(
        ${column((row) => row.id!)}::text[], ${column((row) => row.workspaceId)}::text[], ${column((row) => row.documentId)}::text[], ${column((row) => row.revisionId)}::text[],
        ${column((row) => row.start)}::int[], ${column((row) => row.end)}::int[], ${column((row) => row.quote)}::text[], ${column((row) => row.prefix)}::text[], ${column((row) => row.suffix)}::text[],
        ${column((row) => row.kind)}::text[], ${column((row) => text(row.checkworthiness))}::numeric[], ${column((row) => json(row.reasons))}::jsonb[], ${column((row) => json(row.derived))}::jsonb[],
        ${column((row) => row.origin ?? 'EXTRACTED')}::text[], ${column((row) => row.createdById ?? null)}::text[]
      ) AS rows (id, "workspaceId", "documentId", "revisionId", start, "end", quote, prefix, suffix, kind, checkworthiness, reasons, derived, origin, "createdById")`
  })
}

export function insertQuantities(db: Db, rows: Prisma.QuantityCreateManyInput[]): PrismaPromise<number>[] {
  return chunks(rows).map((batch) => {
    const column = <T>(pick: (row: Prisma.QuantityCreateManyInput) => T) => batch.map(pick)
    return db.$executeRaw`
      INSERT INTO "Quantity" (id, "claimId", position, start, "end", text, value, "valueMax", unit, "countedNoun", scale, qualifier, year, period, role)
      SELECT id, "claimId", position, start, "end", text, value, "valueMax", unit, "countedNoun", scale, qualifier::"Qualifier", year, period, role
      FROM unnest(
        ${column((row) => row.id ?? randomUUID())}::text[], ${column((row) => row.claimId)}::text[], ${column((row) => row.position)}::int[], ${column((row) => row.start)}::int[], ${column((row) => row.end)}::int[],
        ${column((row) => row.text)}::text[], ${column((row) => text(row.value))}::numeric[], ${column((row) => text(row.valueMax))}::numeric[], ${column((row) => row.unit)}::text[],
        ${column((row) => row.countedNoun ?? null)}::text[], ${column((row) => row.scale ?? null)}::text[], ${column((row) => row.qualifier ?? null)}::text[], ${column((row) => row.year ?? null)}::int[],
        ${column((row) => json(row.period))}::jsonb[], ${column((row) => row.role ?? null)}::text[]
      ) AS rows (id, "claimId", position, start, "end", text, value, "valueMax", unit, "countedNoun", scale, qualifier, year, period, role)`
  })
}

function chunks<T>(rows: T[]): T[][] {
  const batches: T[][] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) batches.push(rows.slice(i, i + ROWS_PER_STATEMENT))
  return batches
}
