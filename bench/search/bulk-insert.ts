// Set-based inserts for the seed: one INSERT … SELECT FROM unnest(…) per batch, each
// column sent as one text array and cast to its column's type in SQL, so ten thousand
// rows cost one round trip and one statement (a million Prisma calls would take hours).
import type pg from 'pg'

// column name → SQL type it is cast to ("int", "jsonb", "\"ClaimStatus\"", …)
export type Columns = Record<string, string>
export type Row = Record<string, unknown>

const BATCH = 10_000

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export async function insertRows(client: pg.Client, table: string, columns: Columns, rows: readonly Row[]): Promise<void> {
  const names = Object.keys(columns)
  const list = names.map((name) => `"${name}"`).join(', ')
  const casts = names.map((name, index) => `c${index}::${columns[name]}`).join(', ')
  const unnest = names.map((_, index) => `$${index + 1}::text[]`).join(', ')
  const aliases = names.map((_, index) => `c${index}`).join(', ')
  const statement = `INSERT INTO "${table}" (${list}) SELECT ${casts} FROM unnest(${unnest}) AS u(${aliases})`
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH)
    await client.query(statement, names.map((name) => batch.map((row) => asText(row[name]))))
  }
}
