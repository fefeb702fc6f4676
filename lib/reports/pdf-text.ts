// Text for the PDF's fonts. pdfkit's built-in fonts (Helvetica…) are WinAnsi (Windows-1252):
// a character outside it is written as a wrong byte, so it would print as garbage or
// vanish. We therefore embed DejaVu Sans when the machine has it (Latin, Greek, Cyrillic,
// currency signs), and otherwise use Helvetica. Either way every string goes through
// `fitText`: a character the chosen font cannot draw becomes a readable ASCII stand-in
// ("₽" → "RUB", "≈" → "~") or, failing that, "[U+4E2D]" — never silently dropped.
import fs from 'node:fs'

export interface PdfFontSet {
  regular: string
  bold: string
  italic: string
  // Paths of TrueType files to register under those names; null for the built-in fonts.
  files: { regular: string; bold: string; italic: string } | null
}

const STANDARD: PdfFontSet = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', files: null }

const DEJAVU_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF', '/Library/Fonts']

// DejaVu Sans if all three faces exist; otherwise the built-in WinAnsi fonts.
export function choosePdfFonts(mode: 'auto' | 'standard' = 'auto'): PdfFontSet {
  if (mode === 'standard') return STANDARD
  for (const dir of DEJAVU_DIRS) {
    const files = { regular: `${dir}/DejaVuSans.ttf`, bold: `${dir}/DejaVuSans-Bold.ttf`, italic: `${dir}/DejaVuSans-Oblique.ttf` }
    if (Object.values(files).every((file) => fs.existsSync(file))) return { regular: 'Body', bold: 'Body-Bold', italic: 'Body-Italic', files }
  }
  return STANDARD
}

// Windows-1252 beyond Latin-1: what the built-in fonts can draw above U+00FF.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const STAND_INS: Record<string, string> = {
  '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH', '₪': 'ILS', '₫': 'VND', '₱': 'PHP', '₦': 'NGN', '₿': 'BTC',
  '≈': '~', '≃': '~', '∼': '~', '−': '-', '‐': '-', '‑': '-', '‒': '-', '―': '-', '→': '->', '←': '<-', '↔': '<->',
  '≤': '<=', '≥': '>=', '≠': '!=', '∞': 'inf', '′': "'", '″': '"', '‹': '<', '›': '>', '⁄': '/', '∕': '/',
  '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\u202f': ' ', '\u2007': ' ', '\u2008': ' ', '\u200b': '', '\ufeff': '',
  '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x', '★': '*', '☆': '*', '▲': '^', '▼': 'v',
}

export type CanDraw = (codePoint: number) => boolean

export const canDrawWinAnsi: CanDraw = (codePoint) =>
  (codePoint >= 0x20 && codePoint < 0x7f) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRA.has(String.fromCodePoint(codePoint))

// The string as the font can draw it. Line breaks and tabs are kept for pdfkit's layout.
export function fitText(text: string, canDraw: CanDraw): string {
  let out = ''
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\n' || char === '\t' || canDraw(code)) {
      out += char
      continue
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue // control characters print nothing anyway
    out += standIn(char, canDraw)
  }
  return out
}

function standIn(char: string, canDraw: CanDraw): string {
  const known = STAND_INS[char]
  if (known !== undefined && [...known].every((c) => canDraw(c.codePointAt(0) ?? 0))) return known
  // Accented letters outside the font: the base letter ("ő" → "o", "ł" has no base and is tagged).
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '')
  if (base && base !== char && [...base].every((c) => canDraw(c.codePointAt(0) ?? 0))) return base
  const code = char.codePointAt(0) ?? 0
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`
}
