'use client'
import { EditorContent } from '@tiptap/react'
import { useMemo, useState } from 'react'
import { ClaimDetails } from '@/components/claims/claim-details'
import { commentHighlightsOf, highlightsOf } from '@/components/claims/claim-highlights-of'
import { ClaimList } from '@/components/claims/claim-list'
import { useDocumentEditor } from '@/components/editor/use-document-editor'
import type { ClaimView } from '@/lib/claims/find-claims'
import type { RevisionComment } from '@/lib/documents/revision-comments'
import type { EditorDocument } from '@/lib/editor/editor-document'
import { RevisionCommentList } from './revision-comment-list'

interface RevisionReaderProps {
  content: EditorDocument
  lineStarts: number[]
  claims: ClaimView[]
  comments: RevisionComment[]
}

// A past revision with its claims and comments as they stood: clicking a claim shows
// its wording and figures as they were then; commented words are underlined, and the
// comments listed under the claims. Nothing here changes anything.
export function RevisionReader({ content, lineStarts, claims, comments }: RevisionReaderProps) {
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null)
  const visible = useMemo(() => claims.filter((claim) => !claim.isDismissed), [claims])
  const selected = visible.find((claim) => claim.id === selectedClaimId) ?? null
  const highlights = useMemo(() => [...highlightsOf(visible, selectedClaimId), ...commentHighlightsOf(comments.map((comment) => ({ ...comment, anchor: { start: comment.start, end: comment.end, quote: comment.quote } })))], [visible, selectedClaimId, comments])
  const { editor } = useDocumentEditor({ content, lineStarts, highlights, isEditing: false, onClickClaim: setSelectedClaimId })
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <EditorContent editor={editor} />
      <aside aria-label="Claims panel" className="h-fit space-y-4 lg:sticky lg:top-4">
        {selected && (
          <div className="rounded-lg border border-stone-200 bg-white p-4">
            <ClaimDetails claim={selected} canEdit={false} isPending={false} />
          </div>
        )}
        <div className="rounded-lg border border-stone-200 bg-white">
          <p className="border-b border-stone-200 px-3 py-2 text-xs font-semibold text-stone-800">{visible.length} claims in this revision</p>
          <div className="max-h-[60vh] overflow-y-auto">
            <ClaimList claims={visible} selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} />
          </div>
        </div>
        <RevisionCommentList comments={comments} />
      </aside>
    </div>
  )
}
