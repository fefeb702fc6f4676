// Recognises "the database cannot be reached" among errors from pg and Prisma, so
// callers can answer 503 with a clear message instead of a generic failure.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P03', 'P1001', 'P1002', 'P1017'])

export function isDatabaseUnavailableError(error: unknown): boolean {
  if (isDatabaseBusyError(error)) return false
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true
    if (typeof message === 'string' && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database/i.test(message)) return true
    current = cause
  }
  return false
}

// Every pool connection busy for longer than the pool waits (pg's connectionTimeoutMillis,
// Prisma's P2024): load, not an outage, so it is answered 429, never 503.
export function isDatabaseBusyError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (code === 'P2024') return true
    if (typeof message === 'string' && /timeout exceeded when trying to connect|Timed out fetching a new connection from the connection pool/i.test(message)) return true
    current = cause
  }
  return false
}

// Either of the above: worth a retry later, and no fault of the request.
export function isTransientDatabaseError(error: unknown): boolean {
  return isDatabaseUnavailableError(error) || isDatabaseBusyError(error)
}
