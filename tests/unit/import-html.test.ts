import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { expectJoinedBlocks, outline, utf8 } from '../support/import-document'

const importHtml = (html: string, filename = 'page.html') => importFile({ filename, bytes: utf8(html) })

describe('importFile: .html structure', () => {
  it('reads block elements into blocks, inline elements into their text', async () => {
    const document = await importHtml(`<!doctype html><html><body>
      <h1>Investment <em>surged</em></h1>
      <p>From <strong>$8&nbsp;billion</strong> in 2014
         to over $110 billion in 2024.</p>
      <h3>Details</h3>
      <ul><li>Quantum: $15.3 billion<ol><li>first worldwide</li></ol></li><li><p>Patents</p></li></ul>
      <blockquote><p>Cooperation is strategic.</p><p>Second quoted paragraph.</p></blockquote>
      <table><thead><tr><th>Year</th><th>Value</th></tr></thead><tbody><tr><td>2014</td><td>$8 bn</td></tr></tbody></table>
      <pre>line one
  line two</pre>
      <div>Loose text in a div<br>after a break</div>
      Trailing body text
    </body></html>`)
    expect(outline(document)).toEqual([
      ['heading', 1, 'Investment surged'],
      ['paragraph', undefined, 'From $8\u00a0billion in 2014 to over $110 billion in 2024.'],
      ['heading', 3, 'Details'],
      ['list_item', 1, 'Quantum: $15.3 billion'],
      ['list_item', 2, 'first worldwide'],
      ['list_item', 1, 'Patents'],
      ['quote', undefined, 'Cooperation is strategic.'],
      ['quote', undefined, 'Second quoted paragraph.'],
      ['paragraph', undefined, 'Year | Value'],
      ['paragraph', undefined, '2014 | $8 bn'],
      ['paragraph', undefined, 'line one'],
      ['paragraph', undefined, 'line two'],
      ['paragraph', undefined, 'Loose text in a div'],
      ['paragraph', undefined, 'after a break'],
      ['paragraph', undefined, 'Trailing body text'],
    ])
    expect(document.format).toBe('html')
    expectJoinedBlocks(document)
  })

  it('takes the article from the page’s only <main> or <article>, leaving the page around it', async () => {
    const page = (inner: string) => `<body><header><p>Site banner</p></header><div>Teaser elsewhere</div>${inner}</body>`
    const main = await importHtml(page('<main><h1>Headline</h1><p>Body.</p></main>'))
    expect(main.text).toBe('Headline\nBody.')
    const article = await importHtml(page('<article><p>Article body.</p></article>'))
    expect(article.text).toBe('Article body.')
    const twoArticles = await importHtml(page('<article><p>One.</p></article><article><p>Two.</p></article>'))
    expect(twoArticles.text).toBe('Site banner\nTeaser elsewhere\nOne.\nTwo.')
    const emptyMain = await importHtml(page('<main></main>'))
    expect(emptyMain.text).toBe('Site banner\nTeaser elsewhere')
  })

  it('collapses whitespace, decodes entities, removes soft hyphens and keeps NFC', async () => {
    const document = await importHtml('<p>  statis&shy;tics\t\n  &amp; Cafe&#x301;   &lt;tags&gt; </p>')
    expect(document.text).toBe('statistics & Caf\u00e9 <tags>')
  })
})

describe('importFile: .html metadata', () => {
  const head = `<head>
    <title>Investment report | Example News</title>
    <meta property="og:title" content="Investment report">
    <meta name="author" content="By Jane Doe">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
    <link rel="canonical" href="https://example.com/2024/investment">
  </head>`

  it('reads title, author, publisher, date and canonical URL from meta tags', async () => {
    const document = await importHtml(`<html>${head}<body><h1>On-page headline</h1><p>Text.</p></body></html>`)
    expect(document.title).toBe('Investment report')
    expect(document.metadata).toEqual({ author: 'Jane Doe', publisher: 'Example News', publishedAt: '2024-03-05', sourceUrl: 'https://example.com/2024/investment' })
  })

  it('falls back from og:title to the first <h1>, then to <title>', async () => {
    expect((await importHtml('<title>Tab title</title><h1>Headline</h1><p>x</p>')).title).toBe('Headline')
    expect((await importHtml('<title> Tab\n title </title><p>x</p>')).title).toBe('Tab title')
    expect((await importHtml('<p>x</p>')).title).toBeNull()
  })

  it('reads schema.org JSON-LD as data when meta tags are missing', async () => {
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'LD headline', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chen' }], publisher: { name: 'LD Press' }, datePublished: '2023-11-02T08:00:00Z' }] })
    const document = await importHtml(`<head><script type="application/ld+json">${jsonLd}</script><script type="application/ld+json">{broken</script></head><body><p>Body.</p></body>`)
    expect(document.title).toBe('LD headline')
    expect(document.metadata).toEqual({ author: 'Ann Lee, Bo Chen', publisher: 'LD Press', publishedAt: '2023-11-02' })
    expect(document.text).toBe('Body.')
  })

  it('refuses metadata that does not fit: profile URLs as authors, impossible dates, non-http canonical links', async () => {
    const document = await importHtml(`<head>
      <meta property="article:author" content="https://facebook.com/someone">
      <meta name="date" content="2024-02-30">
      <link rel="canonical" href="javascript:alert(1)">
      <meta property="og:url" content="/relative/path">
    </head><p>Body.</p>`)
    expect(document.metadata).toEqual({})
  })

  it('understands the date formats publishers write', async () => {
    const dated = async (value: string) => (await importHtml(`<meta name="date" content="${value}"><p>x</p>`)).metadata.publishedAt
    expect(await dated('2024/03/05')).toBe('2024-03-05')
    expect(await dated('Tue, 05 Mar 2024 23:30:00 -0500')).toBe('2024-03-05')
    expect(await dated('March 5th, 2024')).toBe('2024-03-05')
    expect(await dated('5 Sept 2024')).toBe('2024-09-05')
    expect(await dated('2024')).toBeUndefined()
    expect(await dated('yesterday')).toBeUndefined()
  })
})

describe('importFile: .html encodings', () => {
  it('decodes with the charset a <meta> declares', async () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>China'), Buffer.from([0x92]), Buffer.from('s share: 5 '), Buffer.from([0x80]), Buffer.from('</p></body></html>')])
    const document = await importFile({ filename: 'legacy.htm', bytes: html })
    expect(document.text).toBe('China\u2019s share: 5 \u20ac')
  })

  it('decodes with the charset of an http-equiv declaration or of the upload’s content type', async () => {
    const body = Buffer.concat([Buffer.from('<p>Rubles: '), Buffer.from([0xf0, 0xf3, 0xe1]), Buffer.from('</p>')])
    const viaMeta = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), body])
    expect((await importFile({ filename: 'a.html', bytes: viaMeta })).text).toBe('Rubles: руб')
    expect((await importFile({ filename: 'a', contentType: 'text/html; charset=windows-1251', bytes: body })).text).toBe('Rubles: руб')
  })

  it('defaults to UTF-8 and replaces undecodable bytes, as browsers do', async () => {
    const document = await importFile({ filename: 'a.html', bytes: Buffer.concat([Buffer.from('<p>€ ok '), Buffer.from([0xff]), Buffer.from('</p>')]) })
    expect(document.text).toBe('€ ok \ufffd')
  })
})
