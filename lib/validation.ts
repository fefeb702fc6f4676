import { z } from 'zod'
import { AppError, type FieldIssue } from './errors'

// Parses input from outside (form, JSON, query string) and turns zod's issues into
// one INVALID_INPUT error that names every offending field.
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  // One problem per field, the first: later checks often only restate it.
  const fields: FieldIssue[] = []
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'input'
    if (!fields.some((known) => known.field === field)) fields.push({ field, message: issue.message })
  }
  const summary = fields.map((f) => (f.field === 'input' ? f.message : `${f.field}: ${f.message}`)).join('; ')
  throw new AppError('INVALID_INPUT', summary, fields)
}

export const ZId = z.string().trim().min(1, 'is required').max(64, 'is too long')
export const ZEmail = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .max(254, 'is too long')
  .pipe(z.email({ error: 'is not a valid email address' }))

// A text field of an edit: left out, it stays as it is (undefined); null or "" clears it.
export const editableText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null))
