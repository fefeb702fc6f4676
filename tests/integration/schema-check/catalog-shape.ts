// What one Postgres schema actually contains, read from pg_catalog. Prisma's own
// bookkeeping table is left out: it is not part of the data model.
import type pg from 'pg'
import { normaliseDefault, type DatabaseShape } from './database-shape'

const ACTIONS: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' }

// The schema's tables, as a CTE every query below starts from ($1 = schema).
const TABLES = `WITH tables AS (
  SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations')`

// Column names of an int2vector of attribute numbers, in order.
const columnNames = (attnums: string, table: string) =>
  `ARRAY(SELECT a.attname FROM unnest(${attnums}) WITH ORDINALITY k(attnum, n)
           JOIN pg_attribute a ON a.attrelid = ${table} AND a.attnum = k.attnum ORDER BY k.n)::text[]`

interface ColumnRow { table: string; column: string; type: string; notnull: boolean; default: string | null }
interface IndexRow { name: string; table: string; columns: string[]; unique: boolean; primary: boolean }
interface ForeignKeyRow { name: string; table: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string; on_update: string }

export async function catalogShape(client: pg.Client, schema: string): Promise<DatabaseShape> {
  const tables = await client.query<{ name: string }>(`${TABLES} SELECT relname AS name FROM tables ORDER BY 1`, [schema])
  const columns = await client.query<ColumnRow>(
    `${TABLES}
     SELECT t.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM tables t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = t.oid AND d.adnum = a.attnum`,
    [schema],
  )
  const indexes = await client.query<IndexRow>(
    `${TABLES}
     SELECT i.relname AS name, t.relname AS table, x.indisunique AS unique, x.indisprimary AS primary,
            ${columnNames('x.indkey', 't.oid')} AS columns
       FROM tables t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid`,
    [schema],
  )
  const foreignKeys = await client.query<ForeignKeyRow>(
    `${TABLES}
     SELECT c.conname AS name, t.relname AS table, r.relname AS ref_table,
            c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
            ${columnNames('c.conkey', 'c.conrelid')} AS columns, ${columnNames('c.confkey', 'c.confrelid')} AS ref_columns
       FROM tables t JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'f' JOIN pg_class r ON r.oid = c.confrelid`,
    [schema],
  )
  const enums = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  )

  const shape: DatabaseShape = { tables: tables.rows.map((row) => row.name), columns: {}, indexes: {}, foreignKeys: {}, enums: {} }
  for (const row of columns.rows) {
    shape.columns[`${row.table}.${row.column}`] = {
      type: unqualified(row.type),
      isNullable: !row.notnull,
      default: normaliseDefault(row.default),
    }
  }
  for (const row of indexes.rows) {
    shape.indexes[row.name] = { table: row.table, columns: row.columns, isUnique: row.unique, isPrimary: row.primary }
  }
  for (const row of foreignKeys.rows) {
    shape.foreignKeys[row.name] = {
      table: row.table,
      columns: row.columns,
      referencedTable: row.ref_table,
      referencedColumns: row.ref_columns,
      onDelete: ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: ACTIONS[row.on_update] ?? row.on_update,
    }
  }
  for (const row of enums.rows) shape.enums[row.name] = row.values
  return shape
}

// format_type() qualifies and quotes enum types outside the search_path
// (it_x."Role"[]); the expectation names them plainly (Role[]).
function unqualified(type: string): string {
  return type.replace(/^[^"(]*\./, '').replaceAll('"', '')
}
