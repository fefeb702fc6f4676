import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { expectJoinedBlocks, utf8 } from '../support/import-document'

// Every hostile construct below carries a marker word; the proof that it was stripped
// is that no marker reaches the text, while the article's own words all do.
const HOSTILE_PAGE = `<!doctype html>
<html><head>
  <title>Report</title>
  <script>var MARKER_HEAD_SCRIPT = document.cookie</script>
  <style>body::after { content: "MARKER_STYLE" }</style>
  <meta http-equiv="refresh" content="0; url=javascript:MARKER_REFRESH()">
</head>
<body onload="MARKER_ONLOAD()">
  <nav><a href="/">MARKER_NAV Home</a></nav>
  <h1 onclick="MARKER_ONCLICK()">Quarterly report</h1>
  <p>Revenue rose <a href="javascript:MARKER_JS_LINK()">12%</a> in 2024.<script>MARKER_INLINE_SCRIPT()</script></p>
  <p><img src="x" onerror="MARKER_ONERROR()" alt="MARKER_ALT">Costs fell 3%.</p>
  <iframe src="https://evil.example/">MARKER_IFRAME</iframe>
  <object data="x.swf">MARKER_OBJECT</object><embed src="x.swf">
  <noscript>MARKER_NOSCRIPT</noscript>
  <template><p>MARKER_TEMPLATE</p></template>
  <svg><script>MARKER_SVG_SCRIPT()</script><text>MARKER_SVG_TEXT</text><foreignObject><p>MARKER_FOREIGN</p></foreignObject></svg>
  <form action="https://evil.example/"><label>Email</label><input value="MARKER_INPUT"><textarea>MARKER_TEXTAREA</textarea>
    <select><option>MARKER_OPTION</option></select><button onclick="MARKER_BUTTON()">MARKER_BUTTON_TEXT</button></form>
  <div hidden>MARKER_HIDDEN</div><span aria-hidden="true">MARKER_ARIA_HIDDEN</span>
  <div role="navigation">MARKER_ROLE_NAV</div>
  <dialog open>MARKER_COOKIE_BANNER</dialog>
  <aside>MARKER_ASIDE</aside>
  <p>Margins held at 40%.</p>
  <footer>MARKER_FOOTER</footer>
  <math><mi>x</mi></math>
  <p>Done <!-- MARKER_COMMENT --> here.</p>
  <![CDATA[ MARKER_CDATA ]]>
  <style>p { color: red }</style><script type="module">MARKER_MODULE</script>
</body></html>`

describe('importFile: HTML is stripped to text', () => {
  it('keeps no script, style, frame, embed, template, svg, form control, hidden or boilerplate content', async () => {
    const document = await importFile({ filename: 'hostile.html', bytes: utf8(HOSTILE_PAGE) })
    expect(document.text.match(/MARKER_\w+/g)).toBeNull()
    expect(document.text).not.toMatch(/javascript:|onerror|onclick|onload|<|>/)
    expect(document.text).toBe(['Quarterly report', 'Revenue rose 12% in 2024.', 'Costs fell 3%.', 'Margins held at 40%.', 'x', 'Done here.'].join('\n'))
    expect(document.title).toBe('Quarterly report')
    expectJoinedBlocks(document)
  })

  it('keeps no script text even when the script is broken or never closed', async () => {
    const unclosed = await importFile({ filename: 'a.html', bytes: utf8('<p>Visible.</p><script>MARKER_UNCLOSED(); </p><p>still script') })
    expect(unclosed.text).toBe('Visible.')
    const escaped = await importFile({ filename: 'a.html', bytes: utf8('<p>Visible.</p><script><!--<script>MARKER_DOUBLE</script>--></script><p>After.</p>') })
    expect(escaped.text).not.toContain('MARKER')
  })

  it('survives a hundred thousand nested elements without overflowing the stack', async () => {
    const depth = 100_000
    const html = `${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}`
    const document = await importFile({ filename: 'deep.html', bytes: utf8(html) })
    expect(document.text).toBe('Deep text.')
  })
})
