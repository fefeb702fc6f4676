import type { Metadata } from 'next'
import { DocumentReader } from '@/components/documents/document-reader'
import { requirePageActor } from '@/lib/auth/session'
import { getDocumentById } from '@/lib/documents/get-document'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string }>

export const metadata: Metadata = { title: 'Document · Claimtrack' }

export default async function DocumentPage({ params }: { params: Params }) {
  const { workspaceId, documentId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/documents/${documentId}`)
  const document = await notFoundOnMissing(getDocumentById({ actor, workspaceId, documentId }))
  return <DocumentReader workspaceId={workspaceId} document={document} />
}
