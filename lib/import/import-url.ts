import { AppError } from '@/lib/errors'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { documentFromBytes } from './document-from-bytes'
import { fetchPage } from './fetch-page'
import { resolveWithDns, type HostResolver } from './guarded-request'
import { isPdf } from './sniff-binary'
import type { ImportedDocument, ImportFormat } from './types'

export const DEFAULT_TIMEOUT_MS = 10_000

export interface ImportUrlOptions {
  // Hosts that may be private (tests: "127.0.0.1", "localhost"); from
  // CLAIMTRACK_IMPORT_ALLOW_HOSTS. Matched by name, never by resolved address.
  allowPrivateHosts?: readonly string[]
  timeoutMs?: number
  maxBytes?: number
  // Replaces DNS, so tests can make a name resolve to any address.
  resolveHost?: HostResolver
}

// Fetches a public http(s) page on the server and reads it like an uploaded file.
// Throws AppError with a message for the person who typed the address.
export async function importUrl(url: string, options: ImportUrlOptions = {}): Promise<ImportedDocument> {
  const target = parseTarget(url)
  const page = await fetchPage(target, {
    allowPrivateHosts: options.allowPrivateHosts ?? [],
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES,
    resolveHost: options.resolveHost ?? resolveWithDns,
  })
  const format = page.format ?? sniffFormat(page.body)
  const document = await documentFromBytes(format, page.body, { noun: 'page', charset: page.charset, baseUrl: page.url })
  return { ...document, metadata: { ...document.metadata, sourceUrl: document.metadata.sourceUrl ?? page.url.href } }
}

function parseTarget(url: string): URL {
  let target: URL
  try {
    target = new URL(url.trim())
  } catch {
    throw new AppError('INVALID_INPUT', 'This is not a valid web address')
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new AppError('INVALID_INPUT', `Only http and https pages can be imported, not ${target.protocol} addresses`)
  }
  // Credentials in a URL would be sent to whatever the page redirects to.
  if (target.username || target.password) {
    throw new AppError('INVALID_INPUT', 'Addresses with a user name or password cannot be imported')
  }
  return target
}

// A server that names no content type: a page that opens like HTML is HTML, a PDF is
// a PDF, anything else is read as text (and refused there if it is binary). Checking
// the first bytes is the WHATWG sniffing rule, not parsing.
export function sniffFormat(body: Uint8Array): ImportFormat {
  if (isPdf(body)) return 'pdf'
  const start = new TextDecoder('latin1').decode(body.subarray(0, 512)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase()
  return ['<!doctype html', '<html', '<head', '<body'].some((prefix) => start.startsWith(prefix)) ? 'html' : 'txt'
}
