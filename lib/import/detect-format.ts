import { AppError } from '@/lib/errors'
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
// (which browsers guess from the extension anyway) only helps a name without one.
export function formatOfFile(filename: string, contentType?: string): ImportFormat {
  const extension = extensionOf(filename)
  if (extension) {
    const format = EXTENSIONS[extension]
    if (format) return format
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
