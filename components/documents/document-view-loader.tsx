'use client'
import { useEffect, useRef, useState } from 'react'
import { DocumentWorkspace } from '@/components/claims/document-workspace'
import type { ReviewContext } from '@/components/claims/claim-panel'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { documentViewUrl } from '@/lib/documents/document-view-url'
import type { DocumentView } from '@/lib/documents/find-document-view'
import { apiRequest } from '@/lib/http/api-client'

interface DocumentViewLoaderProps {
  context: ReviewContext
  canEditText: boolean
  initialClaimId: string | null
}

// The text, claims and comments, loaded as one JSON view that the server builds once
// per change for every member. `context.refreshKey` is the newest activity the page
// has seen: when a change or a live update moves it on, the view is loaded again, at
// least that new; the old one stays on screen meanwhile.
export function DocumentViewLoader({ context, canEditText, initialClaimId }: DocumentViewLoaderProps) {
  const { workspaceId, documentId, refreshKey } = context
  const [view, setView] = useState<DocumentView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const hasLoaded = useRef(false)

  useEffect(() => {
    let isCurrent = true
    // The first load takes the view as kept, from the URL the page preloads; a first view
    // older than the page (a change came in between) is then asked for again.
    const minVersion = hasLoaded.current ? refreshKey : '0'
    apiRequest<DocumentView>('GET', documentViewUrl({ workspaceId, documentId, minVersion })).then(
      (loaded) => {
        if (!isCurrent) return
        hasLoaded.current = true
        setView(loaded)
        setError(null)
        if (BigInt(loaded.version) < BigInt(refreshKey)) setAttempt((count) => count + 1)
      },
      (failure: Error) => isCurrent && setError(failure.message),
    )
    return () => {
      isCurrent = false
    }
  }, [workspaceId, documentId, refreshKey, attempt])

  const failure = error && (
    <Alert title={view ? 'The latest changes could not be loaded' : 'The document could not be loaded'}>
      <p>{error}</p>
      <Button variant="secondary" className="mt-2" onClick={() => (setError(null), setAttempt((count) => count + 1))}>
        Try again
      </Button>
    </Alert>
  )
  if (!view) return failure || <LoadingDocument />
  return (
    <>
      {failure && <div className="mb-3">{failure}</div>}
      <DocumentWorkspace
      workspaceId={workspaceId}
      documentId={documentId}
      revisionNumber={view.revisionNumber}
      content={view.content}
      lineStarts={view.lineStarts}
      claims={view.claims}
      comments={view.comments}
      context={context}
      canEditText={canEditText}
      initialClaimId={initialClaimId}
      />
    </>
  )
}

export function LoadingDocument() {
  return (
    <div role="status" aria-busy="true" className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <span className="sr-only">Loading the document…</span>
      <div className="space-y-3" aria-hidden="true">
        {[92, 100, 85, 97, 60].map((width, index) => (
          <div key={index} className="h-4 animate-pulse rounded bg-stone-200" style={{ width: `${width}%` }} />
        ))}
      </div>
      <div className="h-40 animate-pulse rounded-lg bg-stone-100" aria-hidden="true" />
    </div>
  )
}
