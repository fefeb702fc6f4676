import { AppError } from '@/lib/errors'
import type { InputNoun } from './types'

// The refusals shared by several formats, worded for the person who chose the input.

export function emptyInput(noun: InputNoun): AppError {
  return new AppError('INVALID_INPUT', `The ${noun} is empty`)
}

export function binaryInput(noun: InputNoun, lookalike?: string): AppError {
  const hint = lookalike ? ` (it looks like ${lookalike})` : ''
  return new AppError('INVALID_INPUT', `This ${noun} is binary, not text${hint}`)
}

// `byte` counts from 1, as a person reading a hex dump of the file would.
export function invalidUtf8(noun: InputNoun, byte: number): AppError {
  return new AppError('INVALID_INPUT', `The ${noun} is not valid UTF-8 text (byte ${byte})`)
}

export function tooLarge(noun: InputNoun, limitBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The ${noun} is larger than ${formatBytes(limitBytes)}`)
}

export function noText(noun: InputNoun): AppError {
  return new AppError('INVALID_INPUT', `The ${noun} contains no text to check`)
}

export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024
  if (bytes >= MB) return `${trimNumber(bytes / MB)} MB`
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`
  return `${bytes} bytes`
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10)
}
