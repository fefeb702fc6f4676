import { NextResponse, type NextRequest } from 'next/server'
import { checkDocumentPageAccess } from '@/lib/auth/document-page-guard'
import { SESSION_COOKIES } from '@/lib/auth/session-token'

// The document page is static (app/w/[workspaceId]/documents/[documentId]/page.tsx):
// here it gets what other pages decide as they render. Without a session, sign in and
// come back; a document the user may not see is the standard 404, as elsewhere.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const [, , workspaceId = '', , documentId = ''] = pathname.split('/')
  // The new-document form shares the pattern.
  if (documentId === 'new') return NextResponse.next()
  const token = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean)
  // If the database cannot answer, the page is served: it holds no data, and its own
  // requests will say that the database is unavailable.
  const access = await checkDocumentPageAccess({ token, workspaceId, documentId }).catch(() => 'allowed' as const)
  if (access === 'allowed') return NextResponse.next()
  if (access === 'not-found') return NextResponse.rewrite(new URL('/not-found', request.url), { status: 404 })
  const signIn = new URL('/signin', request.url)
  signIn.search = new URLSearchParams({ reason: access === 'expired' ? 'expired' : 'required', next: pathname }).toString()
  return NextResponse.redirect(signIn)
}

export const config = { matcher: '/w/:workspaceId/documents/:documentId' }
