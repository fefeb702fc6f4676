import { isHtmlStart, matchBrackets, scanAutolink, scanCodeSpan, scanEntity } from './markdown-scan'

// Markdown inline syntax → HTML, which the HTML reader then turns into text. Emphasis
// and strikethrough marks go, code spans and escapes become literal text, a link
// keeps its text and loses its destination, an image is dropped (as <img> is in
// HTML), and raw HTML passes through to the HTML parser — so <script> in Markdown is
// dropped like <script> in a page. Every scan is linear or bounded: a hostile file
// of brackets or backticks must not take quadratic time.

const MAX_LINK_NESTING = 8
const PUNCTUATION = /[\p{P}\p{S}]/u
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

interface Delimiter {
  char: string
  count: number
  canOpen: boolean
  canClose: boolean
}
type Token = string | Delimiter

export function inlineToHtml(source: string, nesting = 0): string {
  const tokens: Token[] = []
  const brackets = matchBrackets(source, '[', ']')
  const parens = matchBrackets(source, '(', ')')
  const codeSpans = new Map<number, number>() // run length → index after which no closer of that length exists
  let i = 0
  while (i < source.length) {
    const ch = source[i]!
    const next = source[i + 1] ?? ''
    if (ch === '\\' && ASCII_PUNCTUATION.test(next)) {
      tokens.push(escapeHtml(next))
      i += 2
    } else if (ch === '\\' && next === '\n') {
      tokens.push('<br>')
      i += 2
    } else if (ch === '\n') {
      // Two trailing spaces make a hard line break: a new line, so a new block.
      tokens.push(source.slice(Math.max(0, i - 2), i) === '  ' ? '<br>' : '\n')
      i += 1
    } else if (ch === '`') {
      const span = scanCodeSpan(source, i, codeSpans)
      tokens.push(escapeHtml(span.text))
      i = span.end
    } else if ((ch === '[' || (ch === '!' && next === '[')) && linkEnd(source, ch === '!' ? i + 1 : i, brackets, parens) > 0) {
      const open = ch === '!' ? i + 1 : i
      const end = linkEnd(source, open, brackets, parens)
      const label = source.slice(open + 1, brackets.get(open))
      if (ch === '[') tokens.push(nesting < MAX_LINK_NESTING ? inlineToHtml(label, nesting + 1) : escapeHtml(label))
      i = end
    } else if (ch === '<') {
      const autolink = scanAutolink(source, i)
      tokens.push(autolink ? escapeHtml(autolink.url) : isHtmlStart(source, i) ? '<' : '&lt;')
      i = autolink?.end ?? i + 1
    } else if (ch === '&') {
      const entity = scanEntity(source, i)
      tokens.push(entity ?? '&amp;')
      i += entity?.length ?? 1
    } else if (ch === '*' || ch === '_' || ch === '~') {
      const delimiter = readDelimiter(source, i)
      tokens.push(delimiter)
      i += delimiter.count
    } else {
      const end = plainRunEnd(source, i + 1)
      tokens.push(escapeHtml(source.slice(i, end)))
      i = end
    }
  }
  return resolveEmphasis(tokens)
}

// Text without any character that could start syntax is copied in one piece.
const SYNTAX_CHARACTER = /[\\\n`![<&*_~]/g

function plainRunEnd(source: string, from: number): number {
  SYNTAX_CHARACTER.lastIndex = from
  return SYNTAX_CHARACTER.exec(source)?.index ?? source.length
}

// Where a link or image starting at `open` ("[") ends: "[text](destination)" or
// "[text][ref]"; 0 when it is not one. A lone "[1]" stays as written (citations).
function linkEnd(source: string, open: number, brackets: Map<number, number>, parens: Map<number, number>): number {
  const close = brackets.get(open)
  if (close === undefined) return 0
  const after = source[close + 1]
  if (after === '(') return (parens.get(close + 1) ?? -1) + 1
  if (after === '[') return (brackets.get(close + 1) ?? -1) + 1
  return 0
}

// A run of *, _ or ~ and whether it may open or close emphasis (CommonMark's
// flanking rules; "_" does not work inside words, so snake_case survives).
function readDelimiter(source: string, start: number): Delimiter {
  const char = source[start]!
  let end = start
  while (source[end] === char) end += 1
  const count = end - start
  const before = source[start - 1] ?? ' '
  const after = source[end] ?? ' '
  const isSpaceBefore = /\s/.test(before)
  const isSpaceAfter = /\s/.test(after)
  const isLeft = !isSpaceAfter && (!PUNCTUATION.test(after) || isSpaceBefore || PUNCTUATION.test(before))
  const isRight = !isSpaceBefore && (!PUNCTUATION.test(before) || isSpaceAfter || PUNCTUATION.test(after))
  if (char === '~' && count > 2) return { char, count, canOpen: false, canClose: false }
  if (char === '_') return { char, count, canOpen: isLeft && (!isRight || PUNCTUATION.test(before)), canClose: isRight && (!isLeft || PUNCTUATION.test(after)) }
  return { char, count, canOpen: isLeft, canClose: isRight }
}

// Pairs closers with the nearest opener of the same character (one stack per
// character keeps this linear) and removes the paired marks; the rest stay literal.
function resolveEmphasis(tokens: Token[]): string {
  const openers = new Map<string, Delimiter[]>()
  for (const token of tokens) {
    if (typeof token === 'string') continue
    const stack = openers.get(token.char) ?? []
    const opener = stack[stack.length - 1]
    if (token.canClose && opener && (token.char !== '~' || opener.count === token.count)) {
      const used = Math.min(opener.count, token.count)
      opener.count -= used
      token.count -= used
      if (opener.count === 0) stack.pop()
    }
    if (token.canOpen && token.count > 0) stack.push(token)
    openers.set(token.char, stack)
  }
  return tokens.map((token) => (typeof token === 'string' ? token : token.char.repeat(token.count))).join('')
}

// ">" stays as it is: it is plain text in HTML, and escaping it would break the raw
// tags that pass through.
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}
