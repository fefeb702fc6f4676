import MarkdownIt from 'markdown-it'
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs'
import type Token from 'markdown-it/lib/token.mjs'
import { MENTION_PATTERN } from './mentions'

// Comments allow a Markdown subset: paragraphs, line breaks, **bold**, *italic*,
// `code`, [links](https://…), bullet lists, > quotes and @mentions. markdown-it starts
// from its "zero" preset (nothing on) and only those rules are enabled: raw HTML,
// images, headings, code blocks, tables and autolinks stay text. Every tag with an
// attribute is written here, so only the attributes listed here can appear; links
// must be http(s) or mailto; everything else markdown-it escapes.

export interface MentionTarget {
  email: string
  name: string | null
}

interface RenderEnv {
  mentionNames: Map<string, string>
}

const SAFE_URL = /^(?:https?:\/\/[^\s"'<>`\\/][^\s"'<>`\\]*|mailto:[^\s"'<>`\\/?@]+@[^\s"'<>`\\]+)$/i
const EMAIL_CHAR = /[A-Za-z0-9._%+-]/
// "1. text" would start a numbered list, which is not in the subset: its marker is
// escaped so the line stays the text it was typed as.
const ORDERED_MARKER = /^([ \t]*(?:>[ \t]*)*\d{1,9})([.)])(?=[ \t]|$)/gm

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url)
}

const markdown = createRenderer()

export function renderComment(body: string, mentions: readonly MentionTarget[] = []): string {
  const env: RenderEnv = { mentionNames: new Map(mentions.map((target) => [target.email.toLowerCase(), target.name || target.email])) }
  return markdown.render(body.replace(ORDERED_MARKER, '$1\\$2'), env).trim()
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, breaks: true })
  // markdown-it's own recursion limit (the typings omit it): deeper quotes are cut off
  md.set({ maxNesting: 10 } as Parameters<MarkdownIt['set']>[0])
  md.enable(['blockquote', 'list', 'newline', 'escape', 'backticks', 'emphasis', 'link'])
  md.validateLink = isSafeUrl
  md.inline.ruler.before('emphasis', 'mention', mentionRule)
  // The title of `[x](url "title")` and any other attribute are dropped.
  md.renderer.rules.link_open = (tokens: Token[], index: number) => {
    const href = tokens[index]!.attrGet('href') ?? ''
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow" target="_blank">`
  }
  md.renderer.rules.mention = (tokens: Token[], index: number) => `<span class="mention" data-mention>@${escapeHtml(tokens[index]!.content)}</span>`
  return md
}

// `@` + a member's email becomes their highlighted name; an unknown email stays text.
function mentionRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false
  if (state.pos > 0 && EMAIL_CHAR.test(state.src[state.pos - 1]!)) return false
  const pattern = new RegExp(MENTION_PATTERN.source, 'y')
  pattern.lastIndex = state.pos
  const match = pattern.exec(state.src)
  const name = match && (state.env as RenderEnv).mentionNames?.get(match[1]!.toLowerCase())
  if (!match || !name) return false
  if (!silent) state.push('mention', '', 0).content = name
  state.pos += match[0].length
  return true
}
