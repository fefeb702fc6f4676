import type { IncomingMessage } from 'node:http'
import { pipeline, type Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { AppError } from '@/lib/errors'
import { charsetOf, formatOfContentType, isOpaqueContentType, mimeEssence } from './detect-format'
import { httpError, networkError, nonTextError, timeoutError } from './fetch-errors'
import { requestOnce, type HostResolver } from './guarded-request'
import { tooLarge } from './import-errors'
import { isPdf } from './sniff-binary'
import type { ImportFormat } from './types'

export const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const DECOMPRESSORS: Record<string, (() => NodeJS.ReadWriteStream) | null> = {
  identity: null,
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
}

export interface FetchOptions {
  allowPrivateHosts: readonly string[]
  timeoutMs: number // for the whole fetch: every hop, headers and body
  maxBytes: number // of the body as decoded, so a gzip bomb stops at the cap too
  resolveHost: HostResolver
}

export interface FetchedPage {
  url: URL // after redirects
  status: number
  contentType?: string
  format: ImportFormat | null // null when the server named no content type
  charset?: string
  body: Uint8Array
}

export async function fetchPage(start: URL, options: FetchOptions): Promise<FetchedPage> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  let current = start
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await requestOnce(current, { ...options, signal: controller.signal, isRedirect: redirects > 0 })
      if (!REDIRECT_STATUSES.has(response.statusCode ?? 0)) return await readPage(current, response, options.maxBytes)
      response.destroy()
      if (redirects === MAX_REDIRECTS) throw new AppError('INVALID_INPUT', `The page redirected more than ${MAX_REDIRECTS} times`)
      current = redirectTarget(current, response)
    }
  } catch (error) {
    if (!(error instanceof AppError) && controller.signal.aborted) throw timeoutError(options.timeoutMs)
    throw networkError(error, current.hostname)
  } finally {
    clearTimeout(timer)
  }
}

// Every hop is checked again like the first address: scheme here, host when connecting.
function redirectTarget(from: URL, response: IncomingMessage): URL {
  const location = response.headers.location
  let target: URL | undefined
  try {
    target = location ? new URL(location, from) : undefined
  } catch {
    target = undefined
  }
  if (!target) throw new AppError('INVALID_INPUT', `The page answered ${response.statusCode} without a valid address to go to`)
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new AppError('INVALID_INPUT', `The page redirected to a ${target.protocol} address: only http and https pages can be imported`)
  }
  return target
}

// Status and content type are judged before the body is read, so a refused page costs
// no download. A body sent as "application/octet-stream" (as many servers send PDFs) is
// read, and kept only if it is a PDF.
async function readPage(url: URL, response: IncomingMessage, maxBytes: number): Promise<FetchedPage> {
  const status = response.statusCode ?? 0
  const contentType = response.headers['content-type']
  const format = contentType ? formatOfContentType(contentType) : null
  const isOpaque = contentType ? isOpaqueContentType(contentType) : false
  const declaredLength = Number(response.headers['content-length'] ?? 0)
  const refusal =
    status < 200 || status > 299
      ? httpError(status)
      : contentType && !format && !isOpaque
        ? nonTextError(mimeEssence(contentType) || contentType)
        : declaredLength > maxBytes
          ? tooLarge('page', maxBytes)
          : undefined
  if (refusal) {
    response.destroy()
    throw refusal
  }
  const body = await readBody(response, maxBytes)
  if (isOpaque && !isPdf(body)) throw nonTextError(mimeEssence(contentType!))
  return { url, status, contentType, format: isOpaque ? 'pdf' : format, charset: charsetOf(contentType), body }
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase()
  const decompressor = DECOMPRESSORS[encoding]
  if (decompressor === undefined) {
    response.destroy()
    throw new AppError('UNAVAILABLE', `The page is sent with an encoding Claimtrack cannot read (${encoding})`)
  }
  const body: Readable = decompressor ? (pipeline(response, decompressor(), () => {}) as unknown as Readable) : response
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of body) {
    total += (chunk as Buffer).length
    if (total > maxBytes) {
      response.destroy()
      throw tooLarge('page', maxBytes)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
