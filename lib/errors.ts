// One error type for everything a user may be told. Anything else that escapes a
// service is unexpected: it is logged with a reference id and the user sees only that id.

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export interface FieldIssue {
  field: string
  message: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: FieldIssue[]
  // Machine-readable hints for the client, e.g. the id of the document a duplicate import matches.
  readonly details: Record<string, string> | undefined

  constructor(code: ErrorCode, userMessage: string, fields: FieldIssue[] = [], details?: Record<string, string>) {
    super(userMessage)
    this.name = 'AppError'
    this.code = code
    this.fields = fields
    this.details = details
  }

  get status(): number {
    return ERROR_STATUS[this.code]
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}
