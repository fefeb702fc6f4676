// What the claim panel and reports say about a located quote (lib/evidence/quote-check.ts),
// the stored location and its history (lib/quotes/stored-location.ts), and the text it
// is located in (lib/quotes/canonical-text.ts, normalize-text.ts).
import { describe, expect, it } from 'vitest'
import { figureCheckOf, quoteCheckOf, type QuoteSnapshotMeta } from '@/lib/evidence/quote-check'
import { buildQuoteIndex, locateQuote, type QuoteSnapshot } from '@/lib/quotes'
import { normalizeText } from '@/lib/quotes/normalize-text'
import { historyAfter, quoteReaderPath, readStoredLocation, toStoredLocation } from '@/lib/quotes/stored-location'

const TEXT = 'Quantum review\nFunding for quantum technologies reached 15.3 billion dollars over the decade.\nThe end.'
const PDF: QuoteSnapshot = { text: TEXT, blocks: [{ start: 0, end: 14, page: 11 }, { start: 15, end: 93, page: 12 }, { start: 94, end: 102, page: 12 }] }
const SNAPSHOT: QuoteSnapshotMeta = { id: 'snap-2', number: 2, sha256: 'a'.repeat(64), textSha256: 'b'.repeat(64), archivedAt: '2026-11-01T09:30:00.000Z' }
const CLAIM = { value: '15300000000', valueMax: null, unit: 'XDL', qualifier: null, year: null, text: '$15.3 billion' }
const AT = new Date('2026-11-02T10:00:00.000Z')

function located(quote: string, snapshot: QuoteSnapshot = PDF) {
  return toStoredLocation(locateQuote(buildQuoteIndex(snapshot), quote), SNAPSHOT, AT)
}
const check = (quote: string, snapshot: QuoteSnapshot = PDF) => quoteCheckOf({ workspaceId: 'ws', sourceId: 'src', location: located(quote, snapshot), snapshot: SNAPSHOT, latestStatus: 'DONE' })

describe('a located quote', () => {
  it('is read against the snapshot text as stored: offsets, page and selectors', () => {
    const location = located('funding for quantum technologies reached 15.3 billion dollars')
    expect(TEXT.slice(location.start, location.end)).toBe('Funding for quantum technologies reached 15.3 billion dollars')
    expect(location).toMatchObject({ version: 1, snapshotId: 'snap-2', snapshotNumber: 2, locatedAt: AT.toISOString(), status: 'found', method: 'normalized', blockIndex: 1, page: 12 })
    expect(readStoredLocation(JSON.parse(JSON.stringify(location)))).toEqual(location)
  })

  it('says where it was found and links to that place in the source reader', () => {
    const found = check('Funding for quantum technologies reached 15.3 billion dollars')
    expect(found).toMatchObject({ state: 'found', label: 'Quote found on page 12', isFlagged: false, page: 12, paragraph: 2, start: 15, end: 76 })
    expect(found.href).toBe('/w/ws/sources/src?snapshot=2&at=15-76')
    const html = { text: TEXT, blocks: PDF.blocks.map(({ start, end }) => ({ start, end })) }
    expect(check('Funding for quantum technologies', html).label).toBe('Quote found (paragraph 2)')
  })

  it('is flagged when not found, with the date of the archived copy', () => {
    const missing = check('Funding for quantum technologies was cut.')
    expect(missing).toMatchObject({ state: 'not-found', isFlagged: true, label: 'Quote not found in the source as archived on 1 Nov 2026', start: null, href: '/w/ws/sources/src?snapshot=2' })
    expect(check('Funding for quantum technologies reached 13.5 billion dollars over the decade.')).toMatchObject({ state: 'figure-differs', isFlagged: true })
  })

  it('says why it is not located yet', () => {
    const unlocated = (latestStatus: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED' | null) => quoteCheckOf({ workspaceId: 'ws', sourceId: 'src', location: null, snapshot: null, latestStatus }).label
    expect(unlocated('PENDING')).toBe('Source not archived yet')
    expect(unlocated('RUNNING')).toBe('Source not archived yet')
    expect(unlocated('FAILED')).toBe('Source could not be archived: the quote is not checked')
    expect(unlocated(null)).toBe('Source could not be archived: the quote is not checked')
    expect(unlocated('DONE')).toBe('Quote not checked against the archived source yet')
    // A location whose snapshot is not the one joined is not trusted.
    const stale = quoteCheckOf({ workspaceId: 'ws', sourceId: 'src', location: located('The end.'), snapshot: { ...SNAPSHOT, id: 'other' }, latestStatus: 'DONE' })
    expect(stale).toMatchObject({ state: 'unchecked', snapshot: null, href: null })
  })
})

describe('the figure check', () => {
  it('reads the figure from the located words, and says where it stands', () => {
    const figure = figureCheckOf(check('Funding for quantum technologies reached 15.3 billion dollars'), '$99 billion', CLAIM)
    expect(figure).toMatchObject({ origin: 'quote', text: '15.3 billion dollars', page: 12, summary: 'source says 15.3 billion dollars on p. 12', comparison: { kind: 'matches' } })
    expect(TEXT.slice(figure!.start!, figure!.end!)).toBe('15.3 billion dollars')
  })

  it('prefers the figure the reviewer typed when the quote holds several', () => {
    const snapshot = { text: 'Exports were 4.1 billion dollars in 2023 and 4.5 billion dollars in 2024.', blocks: [{ start: 0, end: 73 }] }
    const two = check('Exports were 4.1 billion dollars in 2023 and 4.5 billion dollars in 2024.', snapshot)
    expect(figureCheckOf(two, '4.5 billion dollars', { ...CLAIM, value: '4100000000' })).toMatchObject({ text: '4.5 billion dollars', comparison: { kind: 'differs' } })
    expect(figureCheckOf(two, null, { ...CLAIM, value: '4500000000' })).toMatchObject({ text: '4.5 billion dollars', comparison: { kind: 'matches' } })
  })

  it('falls back to the typed figure while the quote is not located', () => {
    const pending = quoteCheckOf({ workspaceId: 'ws', sourceId: 'src', location: null, snapshot: null, latestStatus: 'PENDING' })
    expect(figureCheckOf(pending, '$15.3 billion', CLAIM)).toMatchObject({ origin: 'typed', summary: 'figure typed by the reviewer: $15.3 billion', comparison: { kind: 'matches' } })
    expect(figureCheckOf(pending, null, CLAIM)).toBeNull()
  })
})

describe('the stored location', () => {
  it('keeps the location it replaces, with the snapshot it was against', () => {
    const first = located('Funding for quantum technologies was cut.')
    const second = toStoredLocation(locateQuote(buildQuoteIndex(PDF), 'The end.'), { id: 'snap-3', number: 3 }, AT, historyAfter(first, 'new-snapshot'))
    expect(second.history).toEqual([{ snapshotId: 'snap-2', snapshotNumber: 2, status: 'not-found', locatedAt: AT.toISOString(), replacedBecause: 'new-snapshot' }])
    const third = toStoredLocation(locateQuote(buildQuoteIndex(PDF), 'Quantum review'), { id: 'snap-3', number: 3 }, AT, historyAfter(second, 'quote-edited'))
    expect(third.history!.map((entry) => [entry.snapshotNumber, entry.status, entry.replacedBecause])).toEqual([[2, 'not-found', 'new-snapshot'], [3, 'found', 'quote-edited']])
  })

  it('refuses JSON that is not a location', () => {
    expect(readStoredLocation(null)).toBeNull()
    expect(readStoredLocation({ status: 'found' })).toBeNull()
    expect(readStoredLocation({ ...located('The end.'), start: -1 })).toBeNull()
    expect(quoteReaderPath('w s', 'src', 1, { start: 3, end: 9 })).toBe('/w/w%20s/sources/src?snapshot=1&at=3-9')
  })
})

describe('normalized text', () => {
  const same = (a: string, b: string) => expect(normalizeText(a).text).toBe(normalizeText(b).text)

  it('treats dashes between words alike, and never glues the words they separate', () => {
    same('billion — its', 'billion -- its')
    same('billion — its', 'billion—its')
    same('billion — its', 'billion - its')
    same('the plan – drafted', 'the plan — drafted')
    expect(normalizeText('billion — its').text).not.toBe(normalizeText('billionits').text)
  })

  it('drops hyphens inside words, also at a line break', () => {
    same('eco- nomic', 'economic')
    same('medium–sized', 'medium-sized')
    same('self-reliant', 'selfreliant')
    same('2014–2024', '2014-2024')
  })

  it('maps each normalized character back to the source', () => {
    const source = 'A “quote” — with   spaces'
    const normalized = normalizeText(source)
    const at = normalized.text.indexOf('with')
    expect(source.slice(normalized.starts[at], normalized.ends[at + 3])).toBe('with')
    expect(normalized.text).toBe('a "quote"—with spaces')
  })
})
