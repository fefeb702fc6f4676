import { describe, expect, it } from 'vitest'
import { ZCreateDocument } from '@/lib/documents/schemas'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'

const valid = { workspaceId: 'w1', title: 'A title', text: 'Some text.' }

function issuesOf(input: Record<string, unknown>): Record<string, string> {
  try {
    parseInput(ZCreateDocument, input)
  } catch (error) {
    if (error instanceof AppError) return Object.fromEntries(error.fields.map((issue) => [issue.field, issue.message]))
    throw error
  }
  return {}
}

describe('ZCreateDocument', () => {
  it('accepts a minimal document and turns empty optional fields into null', () => {
    const parsed = parseInput(ZCreateDocument, { ...valid, author: '', publishedAt: '', sourceUrl: '' })
    expect(parsed).toMatchObject({ title: 'A title', author: null, publishedAt: null, sourceUrl: null })
  })

  it('names every bad field', () => {
    expect(issuesOf({ ...valid, title: '  ' })).toHaveProperty('title', 'is required')
    expect(issuesOf({ ...valid, text: ' \n ' })).toHaveProperty('text', 'is empty: paste the article text')
    expect(issuesOf({ ...valid, publishedAt: '2024-02-30' })).toHaveProperty('publishedAt', 'is not a real calendar date')
    expect(issuesOf({ ...valid, publishedAt: '31/05/2024' })).toHaveProperty('publishedAt', 'must be a date like 2024-05-31')
    expect(issuesOf({ ...valid, sourceUrl: 'not a url' })).toHaveProperty('sourceUrl', 'must be a valid URL')
    expect(issuesOf({ ...valid, sourceUrl: 'javascript:alert(1)' })).toHaveProperty('sourceUrl')
    expect(issuesOf({ ...valid, sourceUrl: 'ftp://example.com/a' })).toHaveProperty('sourceUrl', 'must start with http:// or https://')
  })

  it('refuses a text over 5 MB, counted in UTF-8 bytes', () => {
    const justOver = '€'.repeat(Math.ceil((5 * 1024 * 1024) / 3) + 1)
    expect(issuesOf({ ...valid, text: justOver })).toHaveProperty('text', 'is larger than 5 MB')
  })

  it('accepts a leap day', () => {
    expect(parseInput(ZCreateDocument, { ...valid, publishedAt: '2024-02-29' }).publishedAt).toBe('2024-02-29')
  })
})
