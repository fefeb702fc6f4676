import { describe, expect, it } from 'vitest'
import { placeQuote } from '@/lib/interchange/place-quote'
import { w3cAnnotationCollection } from '@/lib/interchange/w3c-annotations'
import { ZAnnotationCollection } from '@/lib/interchange/w3c-schema'

const TEXT = 'Intro line here.\nTrade reached over $110 billion in 2024, the ministry said.\nThe minister called it a triumph. Trade reached over $110 billion in 2024 again.'

describe('the W3C AnnotationCollection', () => {
  const document = { id: 'd1', title: 'Trade', revision: { id: 'r2', number: 2 }, text: TEXT }
  const start = TEXT.indexOf('Trade')
  const commentStart = TEXT.indexOf('a triumph')
  const collection = w3cAnnotationCollection({
    document,
    claims: [{ id: 'c1', start, end: start + 39, kind: 'STATISTIC', status: 'VERIFIED', verdict: 'ACCURATE' }],
    comments: [{ id: 'm1', start: commentStart, end: commentStart + 9, body: 'Whose words?', author: 'Ada' }],
    baseUrl: 'https://ct.example/w/w1',
  })

  it('is a JSON-LD AnnotationCollection with a first page of annotations, in text order', () => {
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'Trade — revision 2', total: 2, first: { type: 'AnnotationPage', startIndex: 0 } })
    expect(collection.id).toBe('https://ct.example/w/w1/documents/d1/annotations?revision=2')
    const [claim, comment] = collection.first.items
    expect(claim).toEqual({
      id: 'urn:claimtrack:claim:c1',
      type: 'Annotation',
      motivation: 'assessing',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'STATISTIC', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'assessing', value: 'Accurate (verified)', format: 'text/plain' },
      ],
      target: {
        source: 'https://ct.example/w/w1/documents/d1',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Trade reached over $110 billion in 2024', prefix: 'Intro line here.\n', suffix: ', the ministry said.\nThe ministe' },
          { type: 'TextPositionSelector', start, end: start + 39 },
        ],
      },
    })
    expect(comment).toMatchObject({ id: 'urn:claimtrack:comment:m1', motivation: 'commenting', creator: { type: 'Person', name: 'Ada' }, body: [{ type: 'TextualBody', value: 'Whose words?', format: 'text/plain' }] })
  })

  it('has selectors that agree with the text: the position selects the quote, prefix and suffix surround it', () => {
    for (const annotation of collection.first.items) {
      const [quote, position] = annotation.target.selector
      expect(TEXT.slice(position.start, position.end)).toBe(quote.exact)
      expect(TEXT.slice(0, position.start).endsWith(quote.prefix)).toBe(true)
      expect(TEXT.slice(position.end).startsWith(quote.suffix)).toBe(true)
    }
  })

  it('passes its own import schema, and names urns without a base URL', () => {
    expect(ZAnnotationCollection.safeParse(collection).success).toBe(true)
    const bare = w3cAnnotationCollection({ document, claims: [], comments: [] })
    expect(bare).toMatchObject({ id: 'urn:claimtrack:document:d1:annotations:2', total: 0, first: { items: [] } })
  })

  it('refuses a malformed collection, naming the path', () => {
    const broken = structuredClone(collection) as unknown as { first: { items: { target: { selector: unknown } }[] } }
    broken.first.items[1]!.target.selector = [{ type: 'TextPositionSelector', start: 1, end: 5 }]
    const result = ZAnnotationCollection.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['first.items.1.target.selector'])
  })
})

describe('placing a quote from elsewhere', () => {
  const at = (quote: string) => TEXT.indexOf(quote)
  it('finds the copy whose context matches, wherever the position says', () => {
    const second = TEXT.lastIndexOf('Trade reached')
    expect(placeQuote(TEXT, { exact: 'Trade reached over $110 billion in 2024', prefix: 'called it a triumph. ', suffix: ' again.', start: 3 })).toEqual({ status: 'found', start: second, end: second + 39, isFuzzy: false })
    expect(placeQuote(TEXT, { exact: 'Trade reached over $110 billion in 2024', prefix: 'Intro line here.\n', suffix: ', the ministry' })).toEqual({ status: 'found', start: at('Trade'), end: at('Trade') + 39, isFuzzy: false })
  })
  it('orphans a repeated quote without telling context, and a figure that changed', () => {
    expect(placeQuote(TEXT, { exact: 'Trade reached over $110 billion in 2024', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' })
    expect(placeQuote(TEXT, { exact: 'Trade reached over $120 billion in 2024', prefix: 'Intro line here.\n', suffix: ', the ministry said.' })).toEqual({ status: 'orphaned' })
    expect(placeQuote(TEXT, { exact: 'not in the text at all, anywhere', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' })
  })
  it('follows words edited without touching their figures', () => {
    expect(placeQuote(TEXT, { exact: 'Trade reached well over $110 billion in 2024', prefix: 'Intro line here.\n', suffix: ', the ministry said.' })).toMatchObject({ status: 'found', start: at('Trade'), isFuzzy: true })
  })
})
