import type { z } from 'zod'
import { AppError, type FieldIssue } from '@/lib/errors'

// At most this many problems are reported: enough to fix a file in one go.
export const MAX_REPORTED_ISSUES = 50

// zod's issues as one INVALID_INPUT error naming the JSON path of each problem.
export function issuesError(what: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const fields: FieldIssue[] = []
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '(root)'
    if (!fields.some((known) => known.field === field)) fields.push({ field, message: issue.message })
    if (fields.length >= MAX_REPORTED_ISSUES) break
  }
  const more = issues.length > fields.length ? ` (first ${fields.length} shown)` : ''
  return new AppError('INVALID_INPUT', `${what}: ${fields.map((f) => `${f.field}: ${f.message}`).slice(0, 5).join('; ')}${fields.length > 5 ? '; …' : ''}${more}`, fields)
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value)
  if (!result.success) throw issuesError(what, result.error.issues)
  return result.data
}
