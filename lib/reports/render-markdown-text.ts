// Markdown escaping for user text, so a report reads the same on any forge (GitHub,
// GitLab, Gitea): no raw HTML, no accidental emphasis, links, headings, lists or table
// cells. Pure.
import { isWebUrl } from './build-labels'

// The ASCII punctuation CommonMark and GFM give a meaning to anywhere in a line
// (emphasis, code, links, raw HTML, entities, strikethrough, table cells). A backslash
// before ASCII punctuation is always a literal, so escaping more than needed is safe.
const SPECIAL = /[\\`*_{}[\]<>#|~&!]/g
// One line of text: whitespace (line breaks included) collapsed, specials escaped, and
// what would open a block at the start of a line (list item "-", "+", "1.", "1)";
// setext or thematic "=", "-") escaped too.
export function mdText(value: string | null | undefined): string {
  if (!value) return ''
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (char) => `\\${char}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

// Text in a table cell: escaped like any text, `|` included, never empty.
export function mdCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : mdText(String(value))
  return text || ' '
}

const URL_UNSAFE: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E', '\\': '%5C', '[': '%5B', ']': '%5D' }

// A link only for http(s) URLs; anything else (javascript:, data:, …) is printed as text.
export function mdLink(label: string, url: string | null | undefined): string {
  if (!url) return mdText(label)
  if (!isWebUrl(url)) return `${mdText(label)} (${mdText(url)})`
  return `[${mdText(label) || mdText(url)}](${url.replace(/[ ()<>\\[\]]/g, (char) => URL_UNSAFE[char]!)})`
}

export function mdTable(header: string[], rows: (string | number | null)[][]): string {
  const line = (cells: (string | number | null)[]) => `| ${cells.map(mdCell).join(' | ')} |`
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n')
}
