import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { expectJoinedBlocks, outline, utf8 } from '../support/import-document'

const importMarkdown = (markdown: string) => importFile({ filename: 'article.md', bytes: utf8(markdown) })

describe('importFile: .md structure', () => {
  it('reads headings, paragraphs, nested lists, quotes, tables and code as blocks', async () => {
    const document = await importMarkdown(
      [
        '# Investment *surged*',
        '',
        'From $8 billion in 2014',
        'to over $110 billion in 2024.',
        '',
        'Second level',
        '-------------',
        '',
        '> Quoted line one',
        'lazily continued.',
        '>',
        '> > Nested quote',
        '',
        '- first item',
        '  - nested item',
        '* [x] done task',
        '',
        '1. ordered',
        '2) also ordered',
        '',
        '| Year | Value |',
        '|-----:|:------|',
        '| 2014 | $8 bn |',
        '',
        '```js',
        'const x = 1',
        '```',
        '',
        '### Closing hashes ###',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      ['heading', 1, 'Investment surged'],
      ['paragraph', undefined, 'From $8 billion in 2014 to over $110 billion in 2024.'],
      ['heading', 2, 'Second level'],
      ['quote', undefined, 'Quoted line one lazily continued.'],
      ['quote', undefined, 'Nested quote'],
      ['list_item', 1, 'first item'],
      ['list_item', 2, 'nested item'],
      ['list_item', 1, 'done task'],
      ['list_item', 1, '1. ordered'],
      ['list_item', 1, '2) also ordered'],
      ['paragraph', undefined, 'Year | Value'],
      ['paragraph', undefined, '2014 | $8 bn'],
      ['paragraph', undefined, 'const x = 1'],
      ['heading', 3, 'Closing hashes'],
    ])
    expect(document).toMatchObject({ format: 'md', title: 'Investment surged' })
    expectJoinedBlocks(document)
  })

  it('removes inline markup and keeps what it marks up', async () => {
    const document = await importMarkdown(
      'Rates **rose** _sharply_, ~~fell~~, `x <y>` per [the report](https://example.com/r "Report") and [ref][1] ![chart](c.png) <https://example.org/a> A \\*literal\\* star &amp; &copy; AT&T.\n\n[1]: https://example.com/ref',
    )
    expect(document.text).toBe('Rates rose sharply, fell, x <y> per the report and ref https://example.org/a A *literal* star & © AT&T.')
  })

  it('leaves arithmetic, identifiers, citations and approximations alone', async () => {
    const document = await importMarkdown('5 * 3 = 15 and snake_case_name and [1] and ~5% to ~10% and 2*3*4 is emphasis.')
    expect(document.text).toBe('5 * 3 = 15 and snake_case_name and [1] and ~5% to ~10% and 234 is emphasis.')
  })

  it('keeps the numbers of an ordered list, which the reader sees', async () => {
    const document = await importMarkdown('1986. A great year.\n\n3. Third\n   1. Nested')
    expect(outline(document)).toEqual([
      ['list_item', 1, '1986. A great year.'],
      ['list_item', 1, '3. Third'],
      ['list_item', 2, '1. Nested'],
    ])
  })

  it('does not turn a hard-wrapped year into a list, but a hard break into a new line', async () => {
    const document = await importMarkdown('Investment reached a peak in\n2014. It fell after.  \nA new line.')
    expect(outline(document)).toEqual([
      ['paragraph', undefined, 'Investment reached a peak in 2014. It fell after.'],
      ['paragraph', undefined, 'A new line.'],
    ])
  })

  it('reads front matter as metadata, not text', async () => {
    const document = await importMarkdown(
      ['---', 'title: "Front matter title"', 'author:', '  - Ann Lee', '  - Bo Chen', 'date: 2024-05-31', 'url: https://example.com/post', 'publisher: Example Press', '---', '# Heading', 'Body.'].join('\n'),
    )
    expect(document.title).toBe('Front matter title')
    expect(document.metadata).toEqual({ author: 'Ann Lee, Bo Chen', publisher: 'Example Press', publishedAt: '2024-05-31', sourceUrl: 'https://example.com/post' })
    expect(document.text).toBe('Heading\nBody.')
  })

  it('treats a leading rule followed by prose as text, not front matter', async () => {
    const document = await importMarkdown('---\nJust a sentence here.\n---\nMore.')
    expect(document.text).toContain('Just a sentence here.')
  })

  it('drops raw HTML scripts and event handlers but keeps the text around them', async () => {
    const document = await importMarkdown(
      'Before <script>stealCookies()</script> after <img src=x onerror="alert(1)"> and <b onclick="evil()">bold</b>.\n\n<script>\nvar secret = "s3cr3t"\n</script>\n\n<iframe src="https://evil.example">frame</iframe>\n\nEnd.',
    )
    expect(document.text).toBe('Before after and bold.\nEnd.')
    for (const marker of ['stealCookies', 'alert', 'evil', 's3cr3t', 'frame', 'onerror']) expect(document.text).not.toContain(marker)
  })

  it('reads hostile nesting and unmatched markup in linear time', { timeout: 20_000 }, async () => {
    const started = performance.now()
    const hostile = ['['.repeat(100_000), '`'.repeat(50_000) + ' x', '>'.repeat(10_000) + ' deep', '- '.repeat(5_000) + 'item', '*a '.repeat(50_000), '<a'.repeat(50_000)].join('\n\n')
    const document = await importMarkdown(hostile)
    expect(document.text).toContain('deep')
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
