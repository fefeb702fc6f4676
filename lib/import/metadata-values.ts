import { cleanInline } from './html-dom'

// Turns the loose strings found in pages and front matter into the values a Document
// stores; anything that does not fit is left out rather than stored wrong.

// The limits of the Document columns' validation (lib/documents/schemas.ts).
export const MAX_TITLE_LENGTH = 300
export const MAX_NAME_LENGTH = 200
const MAX_URL_LENGTH = 2048

export function cleanTitle(value: string | undefined): string | undefined {
  return value === undefined ? undefined : cleanInline(value, MAX_TITLE_LENGTH)
}

// "By Jane Doe" → "Jane Doe". A profile URL (article:author often is one) is no name.
export function cleanName(value: string | undefined): string | undefined {
  if (value === undefined || /^\s*https?:\/\//i.test(value)) return undefined
  return cleanInline(value.replace(/^\s*by\s+/i, ''), MAX_NAME_LENGTH)
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const DAY_MONTH_YEAR = /\b(\d{1,2})\.? ([a-z]{3,9})\.?,? (\d{4})\b/i // "05 Mar 2024", "5 March 2024"
const MONTH_DAY_YEAR = /\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/i // "March 5, 2024"

// YYYY-MM-DD from "2024-03-05T10:00:00+01:00", "2024/03/05", "Tue, 05 Mar 2024 10:00 GMT"
// or "March 5, 2024". The day is taken as the publisher wrote it, never shifted
// through a time zone.
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const written = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/.exec(value)
  if (written) return calendarDate(Number(written[1]), Number(written[2]), Number(written[3]))
  const dayFirst = DAY_MONTH_YEAR.exec(value)
  if (dayFirst) return calendarDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]))
  const monthFirst = MONTH_DAY_YEAR.exec(value)
  if (monthFirst) return calendarDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]))
  return undefined
}

// "Mar", "March", "Sept" → 3, 3, 9; 0 for anything else, which calendarDate refuses.
function monthNumber(name: string): number {
  const lower = name.toLowerCase()
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

// An absolute http(s) URL, resolved against base when relative; javascript:, data:
// and the like are dropped.
export function httpUrl(value: string | undefined, base?: URL): string | undefined {
  if (!value?.trim()) return undefined
  let url: URL
  try {
    url = new URL(value.trim(), base)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  return url.href.length <= MAX_URL_LENGTH ? url.href : undefined
}
