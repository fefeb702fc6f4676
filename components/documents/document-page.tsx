'use client'
import { useRouter, useSearchParams } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import { LiveDocument } from '@/components/live/live-document'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { NotFoundMessage } from '@/components/ui/not-found-message'
import { AppHeader } from '@/components/workspace/app-header'
import type { DocumentPageData } from '@/lib/documents/find-document-page'
import { ApiError, apiRequest } from '@/lib/http/api-client'
import { DocumentHeader } from './document-header'
import { DocumentViewLoader, LoadingDocument } from './document-view-loader'
import { RefreshProvider } from './use-refresh'

// The document page, rendered in the browser: the page itself is one static file
// (the busiest page; rendering it on the server cost about three API requests).
// It loads the reader's part (header, permissions) and the shared view of the text and
// claims side by side; a change, or a live update, loads the reader's part again, whose
// newest activity id then brings the view up to date. proxy.ts has already sent a
// stranger to sign in or to the 404 page.
export function DocumentPage({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const claim = useSearchParams().get('claim')
  const [page, setPage] = useState<DocumentPageData | null>(null)
  // The live feed starts from the first page's newest activity, and stays connected after.
  const [sinceEventId, setSinceEventId] = useState<string | null>(null)
  const [failure, setFailure] = useState<ApiError | null>(null)

  const router = useRouter()
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((count) => count + 1), [])

  useEffect(() => {
    let isCurrent = true
    apiRequest<DocumentPageData>('GET', `/api/workspaces/${workspaceId}/documents/${documentId}/page`).then(
      (loaded) => {
        if (!isCurrent) return
        setPage(loaded)
        setSinceEventId((since) => since ?? loaded.document.latestActivityId)
        setFailure(null)
      },
      (error: unknown) => {
        if (!isCurrent) return
        const failed = error instanceof ApiError ? error : new ApiError(0, 'Something went wrong loading the page.')
        // The session ended while the page was open: sign in, and come back here.
        if (failed.status === 401) router.replace(`/signin?reason=expired&next=${encodeURIComponent(window.location.pathname)}`)
        else setFailure(failed)
      },
    )
    return () => {
      isCurrent = false
    }
  }, [workspaceId, documentId, attempt, router])

  // The proxy answers 404 before the page; this is for a document gone while it is open.
  if (failure?.status === 404) return <NotFoundMessage />
  return (
    <RefreshProvider value={reload}>
      {page ? <AppHeader workspaces={page.header.workspaces} currentWorkspaceId={workspaceId} userLabel={page.header.userLabel} unreadCount={page.header.unreadCount} isEmailVerified={page.header.isEmailVerified} /> : <HeaderPlaceholder />}
      <main className="mx-auto max-w-6xl px-6 py-8">
        {failure && (
          <div className="mb-4">
            <Alert title={page ? 'The latest changes could not be loaded' : 'The document could not be loaded'}>
              <p>{failure.message}</p>
              <Button variant="secondary" className="mt-2" onClick={reload}>
                Try again
              </Button>
            </Alert>
          </div>
        )}
        {page && sinceEventId !== null && (
          <article>
            <DocumentHeader workspaceId={workspaceId} document={page.document} />
            <LiveDocument workspaceId={workspaceId} documentId={documentId} currentUserId={page.currentUserId} sinceEventId={sinceEventId} />
            <DocumentViewLoader
              context={{ workspaceId, documentId, currentUserId: page.currentUserId, members: page.document.members, canEditClaims: page.can.editClaims, canReview: page.can.review, refreshKey: page.document.latestActivityId }}
              canEditText={page.can.editText}
              initialClaimId={claim}
            />
          </article>
        )}
        {!page && !failure && (
          <>
            <div className="mb-8 h-9 w-2/3 animate-pulse rounded bg-stone-200" aria-hidden="true" />
            <LoadingDocument />
          </>
        )}
      </main>
    </RefreshProvider>
  )
}

function HeaderPlaceholder() {
  return <header className="h-[61px] border-b border-stone-200 bg-white" aria-hidden="true" />
}
