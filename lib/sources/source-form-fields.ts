import { formText } from '@/lib/http/read-form'

const TEXT_FIELDS = ['title', 'publisher', 'author', 'publishedAt', 'accessedAt', 'archiveUrl', 'reliabilityNote', 'type'] as const

// A multipart form's source fields as the JSON body would carry them (the schema
// checks them): absent stays absent, reliability "" is "not rated".
export function sourceFieldsFromForm(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const name of TEXT_FIELDS) {
    const value = formText(form, name)
    if (value !== undefined) fields[name] = value
  }
  const reliability = formText(form, 'reliability')
  if (reliability !== undefined) fields.reliability = reliability.trim() ? Number(reliability) : null
  if (fields.type === '') delete fields.type
  return fields
}
