import type { Metadata } from 'next'
import { Suspense } from 'react'
import { preload } from 'react-dom'
import { DocumentPage } from '@/components/documents/document-page'
import { documentViewUrl } from '@/lib/documents/document-view-url'

type Params = Promise<{ workspaceId: string; documentId: string }>

export const metadata: Metadata = { title: 'Document · Claimtrack' }

// One static file for every reader of a document, built on its first request and then
// served as is: it holds no data. Before it is served, proxy.ts sends a stranger to
// sign in or to the 404 page. In the browser it loads the reader's part of the page and
// the document's view, each authorized by its own API (components/documents/document-page.tsx).
export const dynamic = 'force-static'

export default async function DocumentPageRoute({ params }: { params: Params }) {
  const { workspaceId, documentId } = await params
  // Fetched while the scripts that ask for them load.
  preload(`/api/workspaces/${workspaceId}/documents/${documentId}/page`, { as: 'fetch', crossOrigin: 'anonymous' })
  preload(documentViewUrl({ workspaceId, documentId, minVersion: '0' }), { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    // ?claim= is read in the browser: the file is the same for every query.
    <Suspense>
      <DocumentPage workspaceId={workspaceId} documentId={documentId} />
    </Suspense>
  )
}
