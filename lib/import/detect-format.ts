import { AppError } from '@/lib/errors'
import { isPdf } from './sniff-binary'
import type { ImportFormat } from './types'

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const MIME_TYPES: Record<string, ImportFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  [DOCX_MIME]: 'docx',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
}

const SUPPORTED = 'Claimtrack imports .txt, .md, .html, .docx and .pdf files'

// The extension decides, because that is what the person chose; the content type
// (which browsers guess from the extension anyway) only helps a name without one. A
// name that tells nothing ("download", "report.bin", sent as application/octet-stream)
// is a PDF if its bytes open like one: "%PDF-" cannot be mistaken for anything else.
export function formatOfFile(filename: string, contentType?: string, bytes?: Uint8Array): ImportFormat {
  const extension = extensionOf(filename)
  const known = extension ? EXTENSIONS[extension] : undefined
  if (known) return known
  if (bytes && isPdf(bytes)) return 'pdf'
  if (extension) {
    if (extension === 'doc') throw new AppError('INVALID_INPUT', 'Old Word .doc files cannot be imported: save the file as .docx and try again')
    throw new AppError('INVALID_INPUT', `Files of type .${extension} cannot be imported: ${SUPPORTED}`)
  }
  const format = contentType ? formatOfContentType(contentType) : null
  if (format) return format
  throw new AppError('INVALID_INPUT', `The file name has no extension: ${SUPPORTED}`)
}

export function formatOfContentType(contentType: string): ImportFormat | null {
  return MIME_TYPES[mimeEssence(contentType)] ?? null
}

// Types that say only "some bytes": servers send PDFs (and downloads of any kind) as
// these, so what the bytes are decides.
const OPAQUE_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/download', 'application/force-download', 'application/x-download'])

export function isOpaqueContentType(contentType: string): boolean {
  return OPAQUE_TYPES.has(mimeEssence(contentType))
}

// "Text/HTML; charset=UTF-8" → "text/html".
export function mimeEssence(contentType: string): string {
  return (contentType.split(';', 1)[0] ?? '').trim().toLowerCase()
}

// The charset parameter of a content type, unquoted, or undefined.
export function charsetOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined
  for (const parameter of contentType.split(';').slice(1)) {
    const [name, ...rest] = parameter.split('=')
    if (name?.trim().toLowerCase() !== 'charset') continue
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1').trim()
    return value || undefined
  }
  return undefined
}

function extensionOf(filename: string): string | null {
  const base = filename.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : null
}
