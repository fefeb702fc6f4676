// The key a source is deduplicated by: two links to the same page give the same key.
// Scheme and host are case-insensitive; the path is not, so its case is kept.

const TRACKING_PARAMS = new Set(['fbclid', 'gclid'])
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

function isTracking(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower)
}

// Expects an absolute URL (callers validate it first); throws on anything else.
export function normalizeSourceUrl(url: string): string {
  // WHATWG URL lower-cases scheme and host and drops a default port already.
  const parsed = new URL(url.trim())
  if (parsed.port === DEFAULT_PORTS[parsed.protocol]) parsed.port = ''
  const params = [...parsed.searchParams].filter(([name]) => !isTracking(name))
  params.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)))
  const query = new URLSearchParams(params).toString()
  let path = parsed.pathname
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/'
  const auth = parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : ''
  return `${parsed.protocol}//${auth}${parsed.host}${path}${query ? `?${query}` : ''}`
}

// Code-unit order, so the key is the same on every machine and locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
