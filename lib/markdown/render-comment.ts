import { MENTION_PATTERN } from './mentions'

// A strict renderer for the Markdown subset comments allow: paragraphs, line breaks,
// **bold**, *italic*, `code`, [links](https://…), bullet lists, > quotes and @mentions.
// Safe by construction: every tag and attribute comes from a constant string here, and
// every character of the body reaches the output only through escapeHtml. A link's
// address is used only when it is http(s) or mailto and holds no quote, space or
// angle bracket. Anything it does not understand is shown as the text it is.

export interface MentionTarget {
  email: string
  name: string | null
}

const SAFE_URL = /^(?:https?:\/\/[^\s"'<>`\\/][^\s"'<>`\\]*|mailto:[^\s"'<>`\\/?@]+@[^\s"'<>`\\]+)$/i
const BULLET = /^\s*[-*+]\s+(.*)$/
const QUOTE = /^\s*>/
const QUOTE_MARK = /^\s*> ?/
const EMAIL_CHAR = /[A-Za-z0-9._%+-]/
// Deeper quotes or emphasis are shown as text: enough for real comments, and no input
// can make the renderer recurse without bound.
const MAX_DEPTH = 3

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url)
}

export function renderComment(body: string, mentions: readonly MentionTarget[] = []): string {
  const names = new Map(mentions.map((target) => [target.email.toLowerCase(), target.name || target.email]))
  const lines = body.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD').split('\n')
  return renderBlocks(lines, names, 0)
}

function renderBlocks(lines: string[], names: Map<string, string>, depth: number): string {
  let html = ''
  let at = 0
  const take = (test: (line: string) => boolean): string[] => {
    const taken: string[] = []
    while (at < lines.length && test(lines[at]!)) taken.push(lines[at++]!)
    return taken
  }
  const isQuote = (line: string) => depth < MAX_DEPTH && QUOTE.test(line)
  while (at < lines.length) {
    const line = lines[at]!
    if (!line.trim()) {
      at++
    } else if (isQuote(line)) {
      const inner = take(isQuote).map((quoted) => quoted.replace(QUOTE_MARK, ''))
      html += `<blockquote>${renderBlocks(inner, names, depth + 1)}</blockquote>`
    } else if (BULLET.test(line)) {
      const items = take((item) => BULLET.test(item)).map((item) => `<li>${renderInline(BULLET.exec(item)![1]!, names)}</li>`)
      html += `<ul>${items.join('')}</ul>`
    } else {
      const paragraph = take((next) => Boolean(next.trim()) && !isQuote(next) && !BULLET.test(next))
      html += `<p>${paragraph.map((text) => renderInline(text, names)).join('<br>')}</p>`
    }
  }
  return html
}

function renderInline(text: string, names: Map<string, string>, depth = 0, isInLink = false): string {
  if (depth >= MAX_DEPTH) return escapeHtml(text)
  let html = ''
  let plain = ''
  const emit = (markup: string) => {
    html += escapeHtml(plain) + markup
    plain = ''
  }
  const inner = (part: string) => renderInline(part, names, depth + 1, isInLink)
  // Once a closing marker is missing after some point it is missing after any later
  // point too: remembering that keeps unclosed markers from costing quadratic time.
  const missing = { code: false, strong: false, em: false, link: false }
  let linkMiddle = -1
  let at = 0
  while (at < text.length) {
    const char = text[at]!
    if (char === '`' && !missing.code) {
      const close = text.indexOf('`', at + 1)
      if (close === -1) missing.code = true
      else if (close > at + 1) {
        emit(`<code>${escapeHtml(text.slice(at + 1, close))}</code>`)
        at = close + 1
        continue
      }
    } else if (char === '*' && text[at + 1] === '*' && !missing.strong && isWordStart(text[at + 2])) {
      const close = findClosing(text, '**', at + 3)
      if (close === -1) missing.strong = true
      else {
        emit(`<strong>${inner(text.slice(at + 2, close))}</strong>`)
        at = close + 2
        continue
      }
    } else if (char === '*' && text[at + 1] !== '*' && !missing.em && isWordStart(text[at + 1])) {
      const close = findClosing(text, '*', at + 2)
      if (close === -1) missing.em = true
      else {
        emit(`<em>${inner(text.slice(at + 1, close))}</em>`)
        at = close + 1
        continue
      }
    } else if (char === '[' && !isInLink && !missing.link) {
      if (linkMiddle <= at) linkMiddle = text.indexOf('](', at + 1)
      const link = linkMiddle === -1 ? null : readLink(text, at, linkMiddle)
      if (link === null) missing.link = true
      else if (link && isSafeUrl(link.url)) {
        const label = renderInline(link.label, names, depth + 1, true)
        emit(`<a href="${escapeHtml(link.url)}" rel="noopener noreferrer nofollow" target="_blank">${label}</a>`)
        at = link.end
        continue
      }
    } else if (char === '@' && !EMAIL_CHAR.test(text[at - 1] ?? '')) {
      const pattern = new RegExp(MENTION_PATTERN.source, 'y')
      pattern.lastIndex = at
      const match = pattern.exec(text)
      const name = match && names.get(match[1]!.toLowerCase())
      if (match && name) {
        emit(`<span class="mention" data-mention>@${escapeHtml(name)}</span>`)
        at += match[0].length
        continue
      }
    }
    plain += char
    at++
  }
  emit('')
  return html
}

function isWordStart(char: string | undefined): boolean {
  return char !== undefined && !/\s/.test(char) && char !== '*'
}

// The next `marker` from `from` that closes emphasis: after a non-space, and for a
// single `*` not part of a `**`.
function findClosing(text: string, marker: '*' | '**', from: number): number {
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
    const before = text[at - 1]!
    if (/\s/.test(before)) continue
    if (marker === '*' && (text[at + 1] === '*' || before === '*')) continue
    return at
  }
  return -1
}

// `[label](url)` at `at`, given the next `](`; undefined when this bracket is not a link.
function readLink(text: string, at: number, middle: number): { label: string; url: string; end: number } | undefined {
  const label = text.slice(at + 1, middle)
  if (!label.trim() || label.includes('[') || label.includes(']')) return undefined
  const close = text.indexOf(')', middle + 2)
  if (close === -1) return undefined
  const url = text.slice(middle + 2, close)
  if (!url || /[\s(]/.test(url)) return undefined
  return { label, url, end: close + 1 }
}
