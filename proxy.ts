import { NextResponse, type NextRequest } from 'next/server'
import { checkDocumentPageAccess } from '@/lib/auth/document-page-guard'
import { SESSION_COOKIES } from '@/lib/auth/session-token'
import { checkReachability, REACHABILITY_HEADER, type Reachability } from '@/lib/db/reachability'
import { createNonce, isHttpsRequest, securityHeaders, type ResponseKind } from '@/lib/http/security-headers'

// Every response but Next's hashed static files passes here, to get its security
// headers (lib/http/security-headers.ts). A page view also learns whether the
// database can be reached (one probe a second, lib/db/reachability.ts): a page cannot
// set its own status, so this is where it becomes 503 while the database is down.
// Only the document page costs a query of its own.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const isHttps = isHttpsRequest({ protocol: request.nextUrl.protocol, forwardedProto: request.headers.get('x-forwarded-proto') })
  const isDevelopment = process.env.NODE_ENV === 'development'
  if (pathname.startsWith('/api/')) return withHeaders(NextResponse.next(), securityHeaders({ kind: 'api', isHttps, isDevelopment }))
  const database = isPageView(request) ? await checkReachability().catch((): Reachability => 'unknown') : 'unknown'
  const context = { isHttps, isDevelopment, database }
  if (database === 'down') return databaseUnavailable(request, context)
  if (pathname === UNAVAILABLE_PAGE) return notFound(request, context)
  const document = documentPagePath(pathname)
  if (document) return guardDocumentPage(request, document, context)
  return renderWithNonce(request, (init) => NextResponse.next(init), context)
}

interface Context {
  isHttps: boolean
  isDevelopment: boolean
  database: Reachability
}

// What a browser or a crawler loads as a page; Next's own requests and forms posted to
// a page are left to answer for themselves.
function isPageView(request: NextRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && !request.nextUrl.pathname.startsWith('/_next/')
}

// app/database-unavailable/page.tsx: the panel, under the address that was asked for.
const UNAVAILABLE_PAGE = '/database-unavailable'
// Seconds; the verdict behind a 503 is at most a second old, so a quick retry can succeed.
const RETRY_AFTER_SECONDS = '5'

// The rewrite stays inside the server when the request's origin is the one Next listens
// on (as with npm start). Otherwise (`next start -H 127.0.0.1`, which request.url calls
// localhost) Next fetches it over HTTP and it comes back here: then it is rendered in place.
function databaseUnavailable(request: NextRequest, context: Context) {
  const isHere = request.nextUrl.pathname === UNAVAILABLE_PAGE
  const respond = (init: { request: { headers: Headers } }) =>
    isHere ? NextResponse.next({ ...init, status: 503 }) : NextResponse.rewrite(new URL(UNAVAILABLE_PAGE, request.url), { ...init, status: 503 })
  const response = renderWithNonce(request, respond, context)
  response.headers.set('Retry-After', RETRY_AFTER_SECONDS)
  response.headers.set('Cache-Control', 'no-store')
  return response
}

function notFound(request: NextRequest, context: Context) {
  return renderWithNonce(request, (init) => NextResponse.rewrite(new URL('/not-found', request.url), { ...init, status: 404 }), context)
}

// The document page is static (app/w/[workspaceId]/documents/[documentId]/page.tsx):
// here it gets what other pages decide as they render. Without a session, sign in and
// come back; a document the user may not see is the standard 404, as elsewhere.
async function guardDocumentPage(request: NextRequest, { workspaceId, documentId }: DocumentPagePath, context: Context) {
  const token = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean)
  // A database that is down was answered above (503); one that cannot answer now is
  // served the page: it holds no data, and its own requests will say what is wrong.
  const access = await checkDocumentPageAccess({ token, workspaceId, documentId }).catch(() => 'allowed' as const)
  // The static file must be rendered without a nonce in the request: Next would bake
  // the first reader's nonce into the file every later reader gets.
  if (access === 'allowed') return withHeaders(NextResponse.next(), headersFor('static', context))
  if (access === 'not-found') return notFound(request, context)
  const signIn = new URL('/signin', request.url)
  signIn.search = new URLSearchParams({ reason: access === 'expired' ? 'expired' : 'required', next: request.nextUrl.pathname }).toString()
  return withHeaders(NextResponse.redirect(signIn), headersFor('nonce', context, createNonce()))
}

// A page rendered on request: the nonce goes to Next in the request's CSP header (it
// adds it to every script it writes) and to the browser in the response's. The
// database's verdict goes along, and only the proxy's: a client's own is dropped.
function renderWithNonce(request: NextRequest, respond: (init: { request: { headers: Headers } }) => NextResponse, context: Context) {
  const headers = headersFor('nonce', context, createNonce())
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', headers['Content-Security-Policy']!)
  requestHeaders.delete(REACHABILITY_HEADER)
  if (context.database === 'up') requestHeaders.set(REACHABILITY_HEADER, 'up')
  return withHeaders(respond({ request: { headers: requestHeaders } }), headers)
}

function headersFor(kind: ResponseKind, { isHttps, isDevelopment }: Context, nonce?: string) {
  return securityHeaders({ kind, nonce, isHttps, isDevelopment })
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

interface DocumentPagePath {
  workspaceId: string
  documentId: string
}

// /w/:workspaceId/documents/:documentId exactly; the new-document form shares the pattern.
function documentPagePath(pathname: string): DocumentPagePath | null {
  const match = /^\/w\/([^/]+)\/documents\/([^/]+)$/.exec(pathname)
  if (!match || match[2] === 'new') return null
  return { workspaceId: match[1]!, documentId: match[2]! }
}

// Everything but the build's content-hashed files, which are scripts and styles the
// policy already allows and which never render as a page.
export const config = { matcher: ['/((?!_next/static/|_next/image/|favicon.ico$).*)'] }
