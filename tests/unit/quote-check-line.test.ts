// The evidence item's quote line as a reviewer reads it: where the quote was found (a
// link to that place in the source reader), a visible flag when it was not, and why it
// is not checked yet.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { QuoteCheckLine } from '@/components/evidence/quote-check-line'
import type { QuoteCheck } from '@/lib/evidence/quote-check'

const SNAPSHOT = { id: 'snap', number: 3, sha256: null, textSha256: null, archivedAt: '2026-11-01T09:30:00.000Z' }
const BASE: QuoteCheck = { state: 'found', label: 'Quote found on page 12', isFlagged: false, snapshot: SNAPSHOT, method: 'exact', page: 12, endPage: 12, paragraph: 40, start: 10, end: 52, exact: 'x', occurrences: 1, href: '/w/ws/sources/src?snapshot=3&at=10-52' }
const render = (check: Partial<QuoteCheck>) => renderToStaticMarkup(createElement(QuoteCheckLine, { check: { ...BASE, ...check } }))
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')

describe('QuoteCheckLine', () => {
  it('links a found quote to its place in the archived snapshot', () => {
    const html = render({})
    expect(html).toContain('href="/w/ws/sources/src?snapshot=3&amp;at=10-52"')
    expect(text(html)).toBe('Quote found on page 12(snapshot 3, archived 1 Nov 2026)')
  })

  it('flags a quote not found, and links to the archived copy', () => {
    const html = render({ state: 'not-found', label: 'Quote not found in the source as archived on 1 Nov 2026', isFlagged: true, href: '/w/ws/sources/src?snapshot=3', start: null, end: null })
    expect(html).toContain('data-state="not-found"')
    expect(html).toContain('bg-red-100')
    expect(text(html)).toBe('Not foundQuote not found in the source as archived on 1 Nov 2026open the archived copy')
  })

  it('says the source is not archived yet, with no link', () => {
    const html = render({ state: 'pending', label: 'Source not archived yet', snapshot: null, href: null })
    expect(html).not.toContain('href=')
    expect(text(html)).toBe('Source not archived yet')
  })
})
