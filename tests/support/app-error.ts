import { expect } from 'vitest'
import { AppError, type ErrorCode } from '@/lib/errors'

// Awaits a call that must fail with an AppError of this code; returns the error so
// a test can check the message and the fields it names.
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  return error as AppError
}
