// The activity log is append-only and outlives a comment's deletion, so it must never
// hold what a comment said: a comment's words are shown in its thread, and nowhere once
// deleted. The comment services record only these fields (lib/comments/*); an activity
// row that came in another way (an imported file, an older version) is read through
// the same allow-list, so a body in it is never shown or exported again.
export const COMMENT_ACTIVITY_FIELDS = ['documentId', 'claimId', 'parentId', 'authorId', 'start', 'end', 'characters', 'isResolved'] as const

const ALLOWED = new Set<string>(COMMENT_ACTIVITY_FIELDS)

export function commentActivityFields(value: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!value) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => ALLOWED.has(key)))
}

// The same rule in SQL, for the JSON export that writes activity rows as Postgres builds them.
export function commentActivityFieldsSql(column: string): string {
  const keys = COMMENT_ACTIVITY_FIELDS.map((key) => `'${key}'`).join(', ')
  return `(SELECT COALESCE(jsonb_object_agg(f.key, f.value), '{}'::jsonb) FROM jsonb_each(CASE WHEN jsonb_typeof(${column}::jsonb) = 'object' THEN ${column}::jsonb ELSE '{}'::jsonb END) f WHERE f.key IN (${keys}))`
}
