import { describe, expect, it } from 'vitest'
import { renderComment } from '@/lib/markdown/render-comment'

const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'em', 'code', 'a', 'ul', 'li', 'blockquote', 'span'])
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'target', 'class', 'data-mention'])
// A tag as the renderer may write it: lower-case name, attributes with double-quoted values.
const TAG = /<(\/?)([a-z]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/g
const ATTRIBUTE = /\s+([a-z-]+)(?:="([^"]*)")?/g

// Tokenizes the output strictly: every `<` must start a well-formed allowed tag with
// allowed attributes, and what is left between tags must hold no `<`, `>` or `"`.
function inspect(html: string) {
  const tags: string[] = []
  const hrefs: string[] = []
  for (const match of html.matchAll(TAG)) {
    const [, , name, attributes] = match
    expect(ALLOWED_TAGS, `tag <${name}> in ${html}`).toContain(name)
    tags.push(name!)
    for (const attribute of attributes!.matchAll(ATTRIBUTE)) {
      expect(ALLOWED_ATTRIBUTES, `attribute ${attribute[1]} in ${html}`).toContain(attribute[1])
      if (attribute[1] === 'href') hrefs.push(attribute[2]!)
    }
  }
  const text = html.replace(TAG, '')
  expect(text, `stray markup in ${html}`).not.toMatch(/[<>"]/)
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/)
  return { tags, hrefs, text }
}

const MEMBERS = [{ email: 'ana@example.org', name: 'Ana' }, { email: 'evil@example.org', name: '<img src=x onerror=alert(1)>' }]

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click]( JaVaScRiPt:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[x](https://a.com/"onmouseover="alert(1))',
  '[x](https://a.com/"onmouseover="alert)',
  "[x](https://a.com/'onmouseover='alert)",
  '[x](https://a.com/><script>alert(1)</script>)',
  '[x](//evil.example/)',
  '[x](&#106;avascript:alert(1))',
  '[x](java&#x73;cript:alert(1))',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '**<b onclick=alert(1)>bold</b>**',
  '*[x](javascript:alert(1))*',
  '[**x**](javascript:alert(1))',
  '[[x](https://ok.example/)](javascript:alert(1))',
  '[x](https://ok.example/)](javascript:alert(1))',
  '`<script>alert(1)</script>`',
  '> <svg onload=alert(1)>',
  '- <iframe src=javascript:alert(1)>',
  '@evil@example.org says hi',
  '<style>*{display:none}</style><p style="x">',
  '"><script>alert(1)</script>',
  '\u0000<script>alert(1)</script>',
  '[x](https://ok.example/ onmouseover=alert(1))',
  '[x](mailto:"onmouseover="alert(1)@a.com)',
]

// markdown-it puts a newline after block tags; the markup is what matters here.
const render = (body: string, members = MEMBERS) => renderComment(body, members).replace(/\n/g, '')

describe('renderComment: safe by construction', () => {
  it.each(PAYLOADS)('%s yields only allowed tags and attributes', (payload) => {
    const html = renderComment(payload, MEMBERS)
    const { hrefs } = inspect(html)
    expect(html).not.toMatch(/<(script|img|iframe|svg|style|b)\b/i)
    for (const href of hrefs) expect(href.toLowerCase()).not.toContain('javascript:')
  })

  it('escapes raw HTML into visible text', () => {
    expect(renderComment('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(renderComment('a & b "c" <d>')).toBe('<p>a &amp; b &quot;c&quot; &lt;d&gt;</p>')
    // an entity stays the text it was typed as; it is not decoded into a tag
    expect(renderComment('&lt;b&gt;')).toBe('<p>&amp;lt;b&amp;gt;</p>')
  })

  it('keeps unsafe links as their text', () => {
    expect(renderComment('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>')
    expect(renderComment('[x](data:text/html,hi)')).toBe('<p>[x](data:text/html,hi)</p>')
    // a quote cannot end the attribute: it is percent-encoded into the address
    expect(inspect(renderComment('[x](https://a.com/"onmouseover="alert)')).hrefs).toEqual(['https://a.com/%22onmouseover=%22alert'])
  })

  it('survives long hostile input quickly', () => {
    const started = performance.now()
    for (const unit of ['**a ', '*a ', '[a ', '`a ', '[a](', '@a@b.co ', '> ']) inspect(renderComment(unit.repeat(5000), MEMBERS))
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('bounds nesting, however deep the quotes go', () => {
    const html = renderComment('> '.repeat(500) + 'deep', MEMBERS)
    inspect(html)
    expect(html.match(/<blockquote>/g)!.length).toBeLessThanOrEqual(10)
  })
})

describe('renderComment: the subset', () => {
  it('renders paragraphs, line breaks, bold, italic and code', () => {
    expect(render('Hello **bold** and *it* `x < 1`\nnext line\n\nSecond')).toBe('<p>Hello <strong>bold</strong> and <em>it</em> <code>x &lt; 1</code><br>next line</p><p>Second</p>')
  })

  it('renders http, https and mailto links that open safely in a new tab', () => {
    expect(renderComment('See [the report](https://stat.example/r?a=1&b=2).')).toBe(
      '<p>See <a href="https://stat.example/r?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank">the report</a>.</p>',
    )
    expect(inspect(renderComment('[mail](mailto:desk@example.org) [web](http://example.org)')).hrefs).toEqual(['mailto:desk@example.org', 'http://example.org'])
  })

  it('renders bullet lists and quotes', () => {
    expect(render('- one\n- **two**\n> quoted\n> more')).toBe('<ul><li>one</li><li><strong>two</strong></li></ul><blockquote><p>quoted<br>more</p></blockquote>')
  })

  it('renders mentions of known members as their name, and leaves unknown emails as text', () => {
    expect(render('@ana@example.org, see @bob@example.org.')).toBe('<p><span class="mention" data-mention>@Ana</span>, see @bob@example.org.</p>')
    expect(render('@evil@example.org')).toBe('<p><span class="mention" data-mention>@&lt;img src=x onerror=alert(1)&gt;</span></p>')
    expect(render('mail x@ana@example.org')).toBe('<p>mail x@ana@example.org</p>')
  })

  it('keeps numbered lists, headings, images and raw URLs out of the subset, as text', () => {
    expect(render('1. one\n2) two')).toBe('<p>1. one<br>2) two</p>')
    expect(render('# Title')).toBe('<p># Title</p>')
    expect(render('![x](https://img.example/a.png)')).toBe('<p>!<a href="https://img.example/a.png" rel="noopener noreferrer nofollow" target="_blank">x</a></p>')
    expect(render('<https://a.example>')).toBe('<p>&lt;https://a.example&gt;</p>')
  })

  it('renders nothing for an empty body', () => {
    expect(renderComment('')).toBe('')
    expect(renderComment('\n \n')).toBe('')
  })
})
