// A thin layer over pdfkit for the report: fonts chosen once (see pdf-text.ts), every
// string fitted to the font, and the few blocks the report is made of (headings,
// paragraphs, label/value lines, links). Only http(s) URLs become live link annotations.
import PDFDocument from 'pdfkit'
import { canDrawWinAnsi, choosePdfFonts, fitText, type CanDraw } from './pdf-text'

export const PAGE_MARGIN = 56 // points (72 per inch): a little over 2 cm
export const INK = '#1c1917'
export const MUTED = '#57534e'
export const ACCENT = '#3730a3'

type Face = 'regular' | 'bold' | 'italic'

export interface PdfWriter {
  doc: PDFKit.PDFDocument
  width: number
  fit: (text: string) => string
  setFont: (face: Face, size: number, color?: string) => void
  heading: (text: string, level: 1 | 2 | 3) => void
  para: (text: string, options?: { face?: Face; size?: number; color?: string; indent?: number }) => void
  field: (label: string, value: string, indent?: number) => void
  link: (label: string, url: string, indent?: number) => void
  ensureSpace: (height: number) => void
  gap: (points?: number) => void
}

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export function createPdfWriter(meta: { title: string; subject: string }, fontMode: 'auto' | 'standard' = 'auto'): PdfWriter {
  const fonts = choosePdfFonts(fontMode)
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    bufferPages: true, // page numbers and the hash go into every footer at the end
    info: { Title: meta.title, Subject: meta.subject, Creator: 'Claimtrack', Producer: 'Claimtrack (pdfkit)' },
    displayTitle: true,
    lang: 'en',
  })
  if (fonts.files) {
    doc.registerFont(fonts.regular, fonts.files.regular)
    doc.registerFont(fonts.bold, fonts.files.bold)
    doc.registerFont(fonts.italic, fonts.files.italic)
  }
  const canDraw = glyphCheck(doc, fonts.regular, Boolean(fonts.files))
  const width = doc.page.width - 2 * PAGE_MARGIN
  const fit = (text: string) => fitText(text, canDraw)

  const setFont = (face: Face, size: number, color = INK) => {
    doc.font(fonts[face]).fontSize(size).fillColor(color)
  }
  const ensureSpace = (height: number) => {
    if (doc.y + height > doc.page.height - PAGE_MARGIN) doc.addPage()
  }
  const para: PdfWriter['para'] = (text, { face = 'regular', size = 10, color = INK, indent = 0 } = {}) => {
    setFont(face, size, color)
    doc.text(fit(text), PAGE_MARGIN + indent, doc.y, { width: width - indent, lineGap: 1.5 })
  }
  return {
    doc,
    width,
    fit,
    setFont,
    ensureSpace,
    heading(text, level) {
      const size = level === 1 ? 18 : level === 2 ? 14 : 11.5
      ensureSpace(size * 4) // never a heading alone at the foot of a page
      if (level < 3) doc.moveDown(0.6)
      para(text, { face: 'bold', size, color: level === 1 ? ACCENT : INK })
      doc.moveDown(0.25)
    },
    para,
    field(label, value, indent = 0) {
      setFont('bold', 9.5, MUTED)
      doc.text(fit(`${label}: `), PAGE_MARGIN + indent, doc.y, { width: width - indent, continued: true, lineGap: 1.5 })
      setFont('regular', 9.5)
      doc.text(fit(value), { lineGap: 1.5 })
    },
    link(label, url, indent = 0) {
      const isLive = isHttpUrl(url)
      setFont('regular', 9.5, isLive ? ACCENT : INK)
      doc.text(fit(label), PAGE_MARGIN + indent, doc.y, { width: width - indent, link: isLive ? url : null, underline: isLive, lineGap: 1.5 })
    },
    gap(points = 6) {
      doc.y += points
    },
  }
}

// Whether the regular face has a glyph for a code point. Embedded fonts are asked
// through fontkit (pdfkit's EmbeddedFont keeps it as `font`); built-in ones are WinAnsi.
function glyphCheck(doc: PDFKit.PDFDocument, regular: string, isEmbedded: boolean): CanDraw {
  if (!isEmbedded) return canDrawWinAnsi
  doc.font(regular)
  const face = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (code: number) => boolean } } })._font?.font
  const hasGlyph = face?.hasGlyphForCodePoint?.bind(face)
  if (!hasGlyph) return canDrawWinAnsi
  return (code) => code === 0x20 || hasGlyph(code)
}
