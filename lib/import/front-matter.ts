// YAML front matter ("---" … "---" at the very top, as static-site generators write
// it): the metadata fields we know are read, and the block is removed from the text.
// Only flat "key: value" lines and simple lists are understood; a top that holds
// anything else is not front matter but text after a thematic break.

const FIELD = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*)$/
const LIST_ENTRY = /^[ \t]+-[ \t]+(.*)$/
const MAX_FRONT_MATTER_LINES = 200

export interface FrontMatter {
  body: string
  fields: Map<string, string> // keys lowercased; a list's entries joined by ", "
}

export function splitFrontMatter(text: string): FrontMatter {
  const none = { body: text, fields: new Map<string, string>() }
  const lines = text.split('\n', MAX_FRONT_MATTER_LINES + 2)
  if (lines[0]?.trim() !== '---') return none
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'))
  if (end === -1) return none
  const fields = new Map<string, string>()
  let key: string | undefined
  for (const line of lines.slice(1, end)) {
    const field = FIELD.exec(line)
    const entry = LIST_ENTRY.exec(line)
    if (field) {
      key = field[1]!.toLowerCase()
      fields.set(key, unquote(field[2]!))
    } else if (entry && key !== undefined) {
      const previous = fields.get(key)
      fields.set(key, previous ? `${previous}, ${unquote(entry[1]!)}` : unquote(entry[1]!))
    } else if (line.trim()) return none
  }
  if (fields.size === 0) return none
  const bodyStart = lines.slice(0, end + 1).reduce((length, line) => length + line.length + 1, 0)
  return { body: text.slice(bodyStart), fields }
}

function unquote(value: string): string {
  const trimmed = value.trim()
  const quoted = /^(['"])(.*)\1$/.exec(trimmed)
  return quoted ? quoted[2]! : trimmed
}

// The first field present among several spellings ("date", "published", …).
export function firstField(fields: Map<string, string>, keys: readonly string[]): string | undefined {
  return keys.map((key) => fields.get(key)).find((value) => value !== undefined && value !== '')
}
