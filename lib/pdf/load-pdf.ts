import { createRequire } from 'node:module'
import path from 'node:path'
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import { AppError } from '@/lib/errors'

// pdf.js is loaded on first use only: two megabytes of code that every other import
// (text, HTML, .docx) has no need for. The legacy build is the one that runs on
// Node 20; the modern build needs Node 22's Promise.withResolvers.
let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined

// The legacy build bundles core-js, which replaces two built-ins of the whole process
// for corner cases pdf.js never meets: Array.prototype.push (onto an array whose length
// is read-only) and JSON.parse (the source text given to a reviver). Its versions cost
// about a fifth of the CPU of reading a PDF, and slow the claim extraction that follows
// in the same child. The natives are put back once pdf.js and its worker code (which
// brings core-js again, and which pdf.js would otherwise import on first use, finding
// it on globalThis.pdfjsWorker) are loaded.
async function importPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const natives = [Object.getOwnPropertyDescriptor(Array.prototype, 'push')!, Object.getOwnPropertyDescriptor(JSON, 'parse')!] as const
  const library = await import('pdfjs-dist/legacy/build/pdf.mjs')
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  Object.defineProperty(Array.prototype, 'push', natives[0])
  Object.defineProperty(JSON, 'parse', natives[1])
  return library
}

// The metrics of the 14 standard fonts, read from pdf.js's own package (a path on
// disk, not a URL: in Node pdf.js reads it with fs). Without it pdf.js warns on every
// PDF that uses Helvetica or Times without embedding them, which most generators do.
function standardFontDataPath(): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json')
  return `${path.join(path.dirname(packageJson), 'standard_fonts')}${path.sep}`
}

// Opens a PDF, turning pdf.js's failures into messages for the person who chose it.
export async function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  pdfjs ??= importPdfjs()
  const { getDocument, VerbosityLevel } = await pdfjs
  const task = getDocument({
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    // Fonts are only measured, never turned into code; no script in the PDF runs.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    // Images are never decoded for text, but a page that draws one still parses it.
    maxImageSize: 16 * 1024 * 1024,
    standardFontDataUrl: standardFontDataPath(),
    verbosity: VerbosityLevel.ERRORS,
  })
  try {
    return await task.promise
  } catch (error) {
    await task.destroy().catch(() => {})
    throw openingError(error)
  }
}

function openingError(error: unknown): AppError {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return new AppError('INVALID_INPUT', 'This PDF is protected by a password: remove the password (print or export it to a new PDF) and try again')
  }
  return damagedPdf()
}

export function damagedPdf(): AppError {
  return new AppError('INVALID_INPUT', 'This PDF is damaged or incomplete and cannot be read')
}
