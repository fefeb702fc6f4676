// One description of a database schema, built twice: from schema.prisma's DMMF
// (expected-shape.ts) and from Postgres's catalog (catalog-shape.ts). Comparing
// the two is the test; every difference is listed in words.
export interface ColumnShape {
  type: string // as Postgres's format_type() spells it, unqualified: text, timestamp(3) without time zone, Role[]
  isNullable: boolean
  // Normalised (see normaliseDefault); '*' in an expectation means "some default".
  default: string | null
}

export interface IndexShape {
  table: string
  columns: string[]
  isUnique: boolean
  isPrimary: boolean
}

export interface ForeignKeyShape {
  table: string
  columns: string[]
  referencedTable: string
  referencedColumns: string[]
  onDelete: string // Prisma's words: Cascade, Restrict, NoAction, SetNull, SetDefault
  onUpdate: string
}

export interface DatabaseShape {
  tables: string[]
  columns: Record<string, ColumnShape> // key: "table.column"
  indexes: Record<string, IndexShape> // key: index name
  foreignKeys: Record<string, ForeignKeyShape> // key: constraint name
  enums: Record<string, string[]> // values in declaration order
}

// Postgres shows defaults as expressions ('x'::text, nextval('…'::regclass),
// CURRENT_TIMESTAMP); this maps them to what schema.prisma would say.
export function normaliseDefault(expression: string | null): string | null {
  if (expression === null) return null
  if (expression.startsWith('nextval(')) return 'autoincrement()'
  if (expression === 'CURRENT_TIMESTAMP' || expression === 'now()') return 'now()'
  // Drop the trailing cast: 'x'::text, 'red'::it_x."Colour", '{}'::jsonb, ARRAY[1]::integer[]
  return expression.replace(/::(\w+\.)?("[^"]+"|[\w ]+)(\(\d+(,\d+)?\))?(\[\])?$/, '')
}

export function compareShapes(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const problems: string[] = []
  compareKeyed('table', toRecord(expected.tables), toRecord(actual.tables), problems)
  compareKeyed('column', expected.columns, actual.columns, problems, (want, have) =>
    want.type === have.type &&
    want.isNullable === have.isNullable &&
    (want.default === '*' ? have.default !== null : want.default === have.default),
  )
  compareKeyed('index', expected.indexes, actual.indexes, problems)
  compareKeyed('foreign key', expected.foreignKeys, actual.foreignKeys, problems)
  compareKeyed('enum', expected.enums, actual.enums, problems)
  return problems
}

function compareKeyed<T>(
  what: string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  problems: string[],
  isSame: (want: T, have: T) => boolean = (want, have) => JSON.stringify(want) === JSON.stringify(have),
): void {
  for (const [key, want] of Object.entries(expected)) {
    const have = actual[key]
    if (have === undefined) problems.push(`missing ${what} ${key}: expected ${JSON.stringify(want)}`)
    else if (!isSame(want, have)) problems.push(`${what} ${key}: expected ${JSON.stringify(want)}, found ${JSON.stringify(have)}`)
  }
  for (const key of Object.keys(actual)) {
    if (!(key in expected)) problems.push(`unexpected ${what} ${key}: ${JSON.stringify(actual[key])}`)
  }
}

function toRecord(names: string[]): Record<string, true> {
  return Object.fromEntries(names.map((name) => [name, true as const]))
}
