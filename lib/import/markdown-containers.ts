// The lines that belong to a block quote or a list item, with their markers and
// indentation removed, ready to be read again as Markdown of their own.

// indent, marker ("-", "*", "+", "1.", "1)"), the spaces after it, content
export const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:( +)(.*))?$/
const QUOTE_LINE = /^ {0,3}> ?(.*)$/
const TASK_BOX = /^\[[ xX]\][ \t]+/
const OTHER_BLOCK_START = /^ {0,3}(#{1,6}(?:[ \t]|$)|>|`{3,}|~{3,}|([-*_])(?:[ \t]*\2){2,}[ \t]*$)/

interface Collected {
  inner: string[]
  next: number
}

// Whether a line starts a heading, quote, fence or break, ending a lazy continuation.
export function startsBlock(line: string): boolean {
  return OTHER_BLOCK_START.test(line)
}

export function collectQuote(lines: readonly string[], start: number): Collected {
  const inner: string[] = []
  let i = start
  while (i < lines.length) {
    const line = lines[i]!
    const quoted = QUOTE_LINE.exec(line)
    if (quoted) inner.push(quoted[1]!)
    else if (isLazyContinuation(line, inner)) inner.push(line.trimStart())
    else break
    i += 1
  }
  return { inner, next: i }
}

// An item holds the lines indented to its content, blank lines followed by more of
// them, and unindented lines that continue its last paragraph.
export function collectListItem(lines: readonly string[], start: number): Collected {
  const marker = LIST_ITEM.exec(lines[start]!)!
  const spaces = marker[3]?.length ?? 1
  // Five or more spaces after the marker are the content's own indentation.
  const contentIndent = marker[1]!.length + marker[2]!.length + (spaces > 4 ? 1 : spaces)
  const inner = [(marker[4] ?? '').replace(TASK_BOX, '')]
  let i = start + 1
  while (i < lines.length) {
    const line = lines[i]!
    if (!line.trim()) {
      const next = nextNonBlank(lines, i)
      if (next === -1 || indentOf(lines[next]!) < contentIndent) break
      for (; i < next; i += 1) inner.push('')
      continue
    }
    if (indentOf(line) >= contentIndent) inner.push(line.slice(contentIndent))
    else if (!LIST_ITEM.test(line) && isLazyContinuation(line, inner)) inner.push(line.trimStart())
    else break
    i += 1
  }
  return { inner, next: i }
}

function isLazyContinuation(line: string, inner: readonly string[]): boolean {
  const previous = inner[inner.length - 1]
  return Boolean(line.trim() && previous?.trim() && !startsBlock(line))
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) if (lines[i]!.trim()) return i
  return -1
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length
}
