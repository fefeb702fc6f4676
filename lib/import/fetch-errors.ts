import { STATUS_CODES } from 'node:http'
import { AppError, isAppError } from '@/lib/errors'

// What went wrong while fetching a page, said to the person who typed the address.

export function timeoutError(timeoutMs: number): AppError {
  return new AppError('UNAVAILABLE', `The page did not answer within ${timeoutMs / 1000} s`)
}

export function httpError(status: number): AppError {
  const message = `The page answered ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd()
  // The site's trouble (5xx, rate limits) may pass; a 4xx is about this address.
  return new AppError(status >= 500 || status === 429 ? 'UNAVAILABLE' : 'INVALID_INPUT', message, [], { httpStatus: String(status) })
}

export function privateAddressError(host: string, address: string, isRedirect: boolean): AppError {
  const where = host === address ? address : `${host} is ${address}`
  return new AppError(
    'INVALID_INPUT',
    isRedirect
      ? `The page redirected to a private address (${where}), which Claimtrack does not fetch`
      : `The address is private (${where}): Claimtrack only fetches public web pages`,
  )
}

export function nonTextError(mimeType: string): AppError {
  return new AppError('INVALID_INPUT', `The page is ${mimeType}, not a web page or text: Claimtrack imports HTML, plain text, Markdown, .docx and PDF`)
}

const CERTIFICATE_ERRORS = /^(CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_)/

// A socket or TLS failure on the way to `host`; AppErrors pass through unchanged.
export function networkError(error: unknown, host: string): AppError {
  if (isAppError(error)) return error
  const code = (error as { code?: unknown } | null)?.code
  const name = typeof code === 'string' ? code : 'unknown error'
  if (name === 'ENOTFOUND' || name === 'EAI_AGAIN' || name === 'EAI_NODATA') {
    return new AppError('INVALID_INPUT', `The host ${host} could not be found`)
  }
  if (name === 'ECONNREFUSED') return new AppError('UNAVAILABLE', `${host} refused the connection`)
  if (CERTIFICATE_ERRORS.test(name)) return new AppError('UNAVAILABLE', `The security certificate of ${host} is not valid (${name})`)
  return new AppError('UNAVAILABLE', `The page could not be fetched from ${host} (${name})`)
}
