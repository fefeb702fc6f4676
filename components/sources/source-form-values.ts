// A source form's values as the API takes them: "" clears a field, reliability is a
// number or null. Pure, so it is tested without a browser.

export const SOURCE_TEXT_FIELDS = ['url', 'title', 'publisher', 'author', 'publishedAt', 'accessedAt', 'archiveUrl', 'reliabilityNote'] as const

export interface SourceBody {
  url?: string
  title?: string
  publisher?: string
  author?: string
  publishedAt?: string
  accessedAt?: string
  archiveUrl?: string
  reliabilityNote?: string
  type?: string
  reliability?: number | null
}

// Only fields present in the form are sent, so a form without archive fields leaves them be.
export function sourceBodyFrom(form: FormData, prefix = ''): SourceBody {
  const body: SourceBody = {}
  for (const name of SOURCE_TEXT_FIELDS) {
    const value = form.get(`${prefix}${name}`)
    if (typeof value === 'string') body[name] = value.trim()
  }
  const type = form.get(`${prefix}type`)
  if (typeof type === 'string' && type) body.type = type
  const reliability = form.get(`${prefix}reliability`)
  if (typeof reliability === 'string') body.reliability = reliability ? Number(reliability) : null
  return body
}

// A date column (midnight UTC) as an <input type="date"> value.
export function toDateInput(date: Date | string | null | undefined): string {
  if (!date) return ''
  const parsed = typeof date === 'string' ? new Date(date) : date
  return Number.isNaN(parsed.getTime()) ? '' : parsed.toISOString().slice(0, 10)
}
