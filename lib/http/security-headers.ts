// The security headers of every response, decided in proxy.ts. Pure: no request, no
// environment, so the policy can be tested line by line.

// What a response is, as far as its policy goes.
// - 'nonce': a page rendered on request. Next puts the nonce on its own scripts, read
//   back from the request's Content-Security-Policy header.
// - 'static': the document page (app/w/[workspaceId]/documents/[documentId]/page.tsx),
//   one file built once and served to every reader, so no per-response nonce can be in
//   it; see staticScriptSources.
// - 'api': JSON, streams and downloads; nothing in them may run or load anything.
export type ResponseKind = 'nonce' | 'static' | 'api'

export interface SecurityHeaderOptions {
  kind: ResponseKind
  // Required for 'nonce': fresh for every response (createNonce).
  nonce?: string
  isHttps: boolean
  // `next dev`: React rebuilds server error stacks with eval there, never in production.
  isDevelopment: boolean
}

// Nothing the app does needs these; a page that is ever framed or injected gains none.
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
].join(', ')

// Two years, the preload list's minimum; sent only over https, where browsers heed it.
const HSTS = 'max-age=63072000; includeSubDomains'

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
  if (options.isHttps) headers['Strict-Transport-Security'] = HSTS
  return headers
}

export function contentSecurityPolicy({ kind, nonce, isHttps, isDevelopment }: SecurityHeaderOptions): string {
  if (kind === 'api') return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources(kind, nonce, isDevelopment)}`,
    // Inline event handlers never run, whatever markup gets in (comment HTML, a
    // sanitizer's miss): the one thing 'unsafe-inline' on the static page would allow.
    "script-src-attr 'none'",
    // React and tiptap write style attributes, the reports an inline <style> and the
    // server-rendered vega charts styled SVG. CSS cannot run script, and with images,
    // fonts and connections held to this origin it cannot send anything away.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The APIs and the live feed (EventSource) are same-origin; dev adds its HMR socket,
    // which 'self' covers.
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  // Over plain http (the embedded default on a laptop) upgrading would break every load.
  if (isHttps) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

function scriptSources(kind: 'nonce' | 'static', nonce: string | undefined, isDevelopment: boolean): string {
  const dev = isDevelopment ? " 'unsafe-eval'" : ''
  if (kind === 'nonce') {
    if (!nonce || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('a page policy needs a base64 nonce')
    // 'strict-dynamic': the chunks Next's nonced scripts load are trusted, nothing else
    // (host sources, 'self' included, are then ignored by the browser).
    return `'nonce-${nonce}' 'strict-dynamic'${dev}`
  }
  return staticScriptSources(dev)
}

// The static document page cannot carry a nonce: the file is the same for every
// reader. Nor can it carry hashes: besides two scripts that are the same for the whole
// build it holds Next's inline flight data, which names the workspace and document, so
// its hash differs per document and is known only once the page has been rendered,
// after this header is decided. (Next's experimental `sri` adds integrity to external
// chunks only, not to these inline scripts.) So: scripts from this origin and inline
// <script> elements, but never inline event handlers (script-src-attr 'none' above),
// never a script from another origin, no plugins, no <base>, no framing. What that
// leaves open is a <script> element in the page's HTML itself, and that HTML holds no
// data: everything a user wrote arrives later through the APIs, where React escapes it
// and where innerHTML'd comment HTML cannot run <script> elements anyway.
function staticScriptSources(dev: string): string {
  return `'self' 'unsafe-inline'${dev}`
}

// 128 random bits, base64: what CSP nonces are made of.
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

// Behind a TLS-terminating proxy the app sees http; the proxy says what the browser used.
export function isHttpsRequest({ protocol, forwardedProto }: { protocol: string; forwardedProto: string | null }): boolean {
  const first = forwardedProto?.split(',')[0]?.trim().toLowerCase()
  return first ? first === 'https' : protocol === 'https:'
}
