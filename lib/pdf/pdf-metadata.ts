// The document information dictionary: what the author's program recorded. Values are
// strings as pdf.js decodes them (PDFDocEncoding or UTF-16), or absent.

export interface PdfMetadata {
  title?: string
  author?: string
  createdAt?: string // YYYY-MM-DD, the day as written in the file
}

// Titles that name the file or the program, not the document.
const PLACEHOLDER_TITLE = /^(untitled|document\d*|microsoft (word|powerpoint) - .*|.*\.(docx?|pdf|indd|tex|rtf|odt))$/i

export function pdfMetadata(info: unknown): PdfMetadata {
  const fields = (info && typeof info === 'object' ? info : {}) as Record<string, unknown>
  const title = cleanValue(fields.Title)
  const author = cleanValue(fields.Author)
  const createdAt = pdfDate(fields.CreationDate)
  return {
    ...(title && !PLACEHOLDER_TITLE.test(title) ? { title } : {}),
    ...(author ? { author } : {}),
    ...(createdAt ? { createdAt } : {}),
  }
}

function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const clean = value.replace(/[\u0000-\u001F\u007F\uFEFF]/g, ' ').replace(/\s+/g, ' ').trim()
  return clean || undefined
}

// "D:20240531103000+02'00'" → "2024-05-31". Month and day may be left out ("D:2024").
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim())
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? '01'), Number(match[3] ?? '01')]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}
