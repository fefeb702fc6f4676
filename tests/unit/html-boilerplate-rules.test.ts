// Line rules of the article extraction (lib/import/html-boilerplate-text.ts) found on the
// tuning half of the article-extraction pages: each on a small page, read by the import.
import { describe, expect, it } from 'vitest'
import { htmlToDocument } from '@/lib/import/html-to-document'

const PARAGRAPH = 'The council agreed on Wednesday to fund a one-year trial of the longer opening hours, at a cost of about fourteen thousand pounds.'
const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`
const textOf = (html: string) => htmlToDocument(html, { format: 'html', noun: 'page', isWholePage: true }).text

describe('article line rules', () => {
  it('drops a byline whatever the case of its first word', () => {
    for (const byline of ['By Sian Pritchard | Local Democracy Reporter', 'by Sian Pritchard', 'Von Katrin Lehmann']) {
      const text = textOf(page('Pool reopens', `<div><p>${byline}</p><p>${PARAGRAPH}</p></div>`))
      expect(text).not.toContain('Pritchard')
      expect(text).not.toContain('Lehmann')
      expect(text).toContain(PARAGRAPH)
    }
  })

  it('drops the headline when the declared title is site, section and headline joined', () => {
    const text = textOf(page('River Users Association - News - Towpath repairs to start next month', `<span>Towpath repairs to start next month</span><br><span>${PARAGRAPH}</span>`))
    expect(text).toBe(PARAGRAPH)
  })

  it('keeps a title part that is not the first lines of the page', () => {
    const body = `<p>${PARAGRAPH}</p>`.repeat(6) + '<p>Towpath repairs to start next month</p>'
    expect(textOf(page('News - Towpath repairs to start next month', body))).toContain('Towpath repairs')
  })

  it('drops a pull quote that repeats a sentence of the article, keeps a quotation found once', () => {
    const quote = 'When a word is used for everything it stops meaning anything.'
    const own = 'Nobody owns a word, but everybody pays when it is worn out by careless use.'
    const text = textOf(page('Words', `<article><p>${PARAGRAPH}</p><p>Readers tune out. ${quote} That matters.</p><blockquote><p>${quote}</p></blockquote><div>“${quote}”</div><blockquote><p>${own}</p></blockquote></article>`))
    expect(text.split(quote).length - 1).toBe(1)
    expect(text).toContain(own)
  })

  it('drops a line of a repeated sentence in any markup, keeps lines found once', () => {
    const figure = '61 per cent of bus journeys were made by people in the bottom two income fifths.'
    const text = textOf(page('Fares', `<div><p>${PARAGRAPH}</p><p>Across the cities, ${figure} That is the finding.</p><div>${figure}</div><p>${PARAGRAPH.replace('trial', 'pilot')}</p></div>`))
    expect(text.split(figure).length - 1).toBe(1)
    expect(text).toContain('one-year pilot')
  })

  it('drops day-first dates and a name with a reporter role, keeps sentences shaped alike', () => {
    const lines = ['Thursday 16 July 2026 5:31 pm', '16 July 2026', '4. März 2026', 'Paul Edwards, Environment Reporter']
    const kept = ['Paul Edwards, the reporter who broke the story, resigned.', 'On 16 July 2026 the council met.']
    const text = textOf(page('Drought', `<div>${[...lines, ...kept].map((line) => `<p>${line}</p>`).join('')}<p>${PARAGRAPH}</p></div>`))
    for (const line of lines) expect(text.split('\n')).not.toContain(line)
    for (const line of kept) expect(text).toContain(line)
  })

  it('ends the article at a "12 responses" heading late in the page', () => {
    const text = textOf(page('Maps', `<div><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><h3>12 responses</h3><p>Brilliant post, I did the same course.</p></div>`))
    expect(text).not.toContain('Brilliant')
  })

  it('drops the note about the author at the end, not a sentence about a writer inside', () => {
    const inside = 'Maria Lopez is a writer whose novels sold in forty countries, and she backed the plan.'
    const note = 'Ruth Okafor is a columnist for the Standard-Bearer and a former science editor.'
    const text = textOf(page('Heat', `<article><p>${PARAGRAPH}</p><p>${inside}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p><em>${note}</em></p><p>Anja writes about hillwalking and navigation.</p></article>`))
    expect(text).toContain(inside)
    expect(text).not.toContain('Okafor')
    expect(text).not.toContain('Anja')
  })

  it('drops AMP ads with their fallback text', () => {
    const text = textOf(page('Bread', `<div><p>${PARAGRAPH}</p><amp-ad width="300" height="250"><div fallback>Ad could not load</div></amp-ad><p>${PARAGRAPH}</p></div>`))
    expect(text).not.toContain('could not load')
  })

  it('drops ad labels in Greek and Russian', () => {
    const text = textOf(page('News', `<p>${PARAGRAPH}</p><div>Διαφήμιση</div><div>Реклама</div><p>${PARAGRAPH}</p>`))
    expect(text).not.toMatch(/Διαφήμιση|Реклама/)
  })
})
