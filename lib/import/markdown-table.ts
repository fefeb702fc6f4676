import { startsBlock } from './markdown-containers'
import { inlineToHtml } from './markdown-inline'

// GFM tables: a header row, a delimiter row ("|---|:--:|"), then rows until a blank
// line. Each row becomes one <tr>, which the HTML reader writes as one line.

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

export function isTableStart(lines: readonly string[], start: number): boolean {
  const delimiter = lines[start + 1]
  return lines[start]!.includes('|') && delimiter !== undefined && delimiter.includes('|') && DELIMITER_ROW.test(delimiter)
}

export function tableToHtml(lines: readonly string[], start: number): { html: string; next: number } {
  const rows = [lines[start]!]
  let i = start + 2
  while (i < lines.length && lines[i]!.trim() && lines[i]!.includes('|') && !startsBlock(lines[i]!)) {
    rows.push(lines[i]!)
    i += 1
  }
  const html = rows.map((row) => `<tr>${cellsOf(row).map((cell) => `<td>${inlineToHtml(cell)}</td>`).join('')}</tr>`)
  return { html: `<table>${html.join('')}</table>`, next: i }
}

// Splits on pipes that are not escaped; "\|" stays for the inline reader to unescape.
function cellsOf(row: string): string[] {
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < row.length; i += 1) {
    const ch = row[i]!
    if (ch === '\\' && row[i + 1] === '|') {
      cell += '\\|'
      i += 1
    } else if (ch === '|') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  const trimmed = cells.map((value) => value.trim())
  if (trimmed[0] === '' && trimmed.length > 1) trimmed.shift()
  if (trimmed[trimmed.length - 1] === '' && trimmed.length > 1) trimmed.pop()
  return trimmed
}
