// Only same-site paths may follow sign-in, so a crafted link cannot bounce a user to
// another site. The value is parsed as a browser would parse it, against a fixed
// origin no real URL has, and kept only if it stays on that origin.
const DUMMY_ORIGIN = 'https://next-path.invalid'
const MAX_NEXT_LENGTH = 2048
// Browsers drop tabs and newlines from URLs and read "\" as "/": "/\t/evil.example"
// and "/\evil.example" both become "//evil.example", another site. Refused raw and
// percent-encoded, since one more decoding hop (a proxy, a second redirect) turns the
// encoded form into the raw one.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/

export function safeNextPath(next: string | null | undefined): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_NEXT_LENGTH) return '/'
  if (!next.startsWith('/') || CONTROL_OR_BACKSLASH.test(next)) return '/'
  const decoded = decodeOrNull(next)
  if (decoded === null || CONTROL_OR_BACKSLASH.test(decoded) || decoded.startsWith('//')) return '/'
  if (!URL.canParse(next, DUMMY_ORIGIN)) return '/'
  const url = new URL(next, DUMMY_ORIGIN)
  if (url.origin !== DUMMY_ORIGIN) return '/'
  // The normalized form, so what is checked is what the browser is sent to.
  return `${url.pathname}${url.search}${url.hash}`
}

function decodeOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}
