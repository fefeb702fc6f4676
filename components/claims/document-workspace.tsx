'use client'
import { EditorContent } from '@tiptap/react'
import { useCallback, useMemo, useState } from 'react'
import { useRefresh } from '@/components/documents/use-refresh'
import { EditBar } from '@/components/editor/edit-bar'
import { useDocumentEditor, type TextSelection } from '@/components/editor/use-document-editor'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import type { ReanchorSummary } from '@/lib/claims/apply-reanchoring'
import type { ClaimView } from '@/lib/claims/find-claims'
import type { EditorDocument } from '@/lib/editor/editor-document'
import type { ClaimKind } from '@/lib/extract/types'
import { apiRequest } from '@/lib/http/api-client'
import { CommentList } from '@/components/comments/comment-list'
import type { CommentView } from '@/lib/comments/find-comments'
import { ClaimPanel, type ReviewContext } from './claim-panel'
import { commentHighlightsOf, highlightsOf } from './claim-highlights-of'
import { ClaimList, orderClaims, type ClaimOrder } from './claim-list'
import { OrphanList } from './orphan-list'
import { SelectionMenu } from './selection-menu'
import { ShortcutsDialog } from './shortcuts-dialog'
import { useClaimKeys } from './use-claim-keys'

interface DocumentWorkspaceProps {
  workspaceId: string
  documentId: string
  revisionNumber: number
  content: EditorDocument
  lineStarts: number[]
  claims: ClaimView[]
  comments: CommentView[]
  context: ReviewContext
  canEditText: boolean
  // From ?claim= (inbox and queue links): the claim to open first.
  initialClaimId: string | null
}

// The document in the centre, the claims beside it. Readers select claims in the text
// or the list (j/k step through them); editors also make claims from a selection,
// re-attach orphans, and edit the text itself as a new revision.
export function DocumentWorkspace({ workspaceId, documentId, revisionNumber, content, lineStarts, claims, comments, context, canEditText, initialClaimId }: DocumentWorkspaceProps) {
  const { canEditClaims, canReview: canComment } = context
  const refresh = useRefresh()
  const { run, isPending, error } = useApiAction()
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(initialClaimId)
  const [order, setOrder] = useState<ClaimOrder>('position')
  const [showDismissed, setShowDismissed] = useState(false)
  const [selection, setSelection] = useState<TextSelection | null>(null)
  const [reattachingId, setReattachingId] = useState<string | null>(null)
  const [isEditing, setEditing] = useState(false)
  const [isShowingShortcuts, setShowingShortcuts] = useState(false)
  const showShortcuts = useCallback(() => setShowingShortcuts(true), [])
  const [saved, setSaved] = useState<{ number: number; summary: ReanchorSummary | null } | null>(null)
  const anchored = useMemo(() => claims.filter((claim) => !claim.isOrphaned), [claims])
  const orphans = useMemo(() => claims.filter((claim) => claim.isOrphaned && !claim.isDismissed), [claims])
  const listed = orderClaims(anchored, order, showDismissed)
  const selected = claims.find((claim) => claim.id === selectedClaimId) ?? null
  const highlights = useMemo(() => [...highlightsOf(claims, selectedClaimId), ...commentHighlightsOf(comments)], [claims, comments, selectedClaimId])
  const { editor, isDirty, discardEdits, readSelection } = useDocumentEditor({ content, lineStarts, highlights, isEditing, onClickClaim: setSelectedClaimId })
  useClaimKeys({ listed, selectedClaimId, onSelect: setSelectedClaimId, onShowShortcuts: showShortcuts, isEnabled: !isEditing })

  async function mutate(call: () => Promise<unknown>, selectAfter?: (result: unknown) => string | null) {
    const result = await run(call)
    if (result === undefined) return
    if (selectAfter) setSelectedClaimId(selectAfter(result))
    refresh()
  }

  const base = `/api/workspaces/${workspaceId}`
  const actions = selected && {
    retype: (kind: ClaimKind) => mutate(() => apiRequest('PATCH', `${base}/claims/${selected.id}`, { kind, version: selected.version })),
    setDismissed: (isDismissed: boolean) => mutate(() => apiRequest('PATCH', `${base}/claims/${selected.id}`, { isDismissed, version: selected.version })),
    acknowledgeTextChange: () => mutate(() => apiRequest('DELETE', `${base}/claims/${selected.id}/text-change`, { version: selected.version })),
    mergeWithNext:
      nextClaim(anchored, selected) && !selected.isOrphaned
        ? () => mutate(() => apiRequest<{ claim: { id: string } }>('POST', `${base}/claims/merge`, { claimIds: [selected.id, nextClaim(anchored, selected)!.id] }), (result) => (result as { claim: { id: string } }).claim.id)
        : null,
    // Offered only while the text cursor stands inside the selected claim.
    splitAtCursor:
      selection?.isCollapsed && !selected.isOrphaned && selection.start > selected.start && selection.start < selected.end
        ? () => mutate(() => apiRequest('POST', `${base}/claims/${selected.id}/split`, { at: selection.start, version: selected.version }), () => null)
        : null,
  }

  function actOnSelection(action: { kind: 'claim' } | { kind: 'reattach' } | { kind: 'comment'; body: string }) {
    if (!selection) return
    const { start, end } = selection
    const orphan = orphans.find((claim) => claim.id === reattachingId)
    if (action.kind === 'comment') {
      void mutate(() => apiRequest('POST', `${base}/documents/${documentId}/comments`, { body: action.body, start, end }))
    } else if (action.kind === 'reattach' && orphan) {
      void mutate(() => apiRequest('POST', `${base}/claims/${orphan.id}/reattach`, { start, end, version: orphan.version }), () => orphan.id)
      setReattachingId(null)
    } else {
      void mutate(() => apiRequest<{ claim: { id: string } }>('POST', `${base}/documents/${documentId}/claims`, { start, end }), (result) => (result as { claim: { id: string } }).claim.id)
    }
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }

  function finishEditing(result?: { revision: { number: number }; summary: ReanchorSummary | null }) {
    if (!result) discardEdits()
    setEditing(false)
    setSaved(result ? { number: result.revision.number, summary: result.summary } : null)
    refresh()
  }

  const trackSelection = () => setSelection(isEditing ? null : readSelection())
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div>
        {canEditText && !isEditing && (
          <div className="mb-3 flex justify-end">
            <Button variant="secondary" onClick={() => (setEditing(true), setSaved(null), setSelection(null))} disabled={!editor}>
              Edit text
            </Button>
          </div>
        )}
        {isEditing && editor && <EditBar editor={editor} revisionsUrl={`${base}/documents/${documentId}/revisions`} revisionNumber={revisionNumber} isDirty={isDirty} onSaved={finishEditing} onCancel={() => finishEditing()} />}
        {saved && <SavedNotice number={saved.number} summary={saved.summary} />}
        {!isEditing && (canEditClaims || canComment) && selection && !selection.isCollapsed && (
          <SelectionMenu key={`${selection.start}-${selection.end}`} selection={selection} canEditClaims={canEditClaims} canComment={canComment} isReattaching={reattachingId !== null} isPending={isPending} onAct={actOnSelection} />
        )}
        {!editor && <p className="animate-pulse py-12 text-center text-sm text-stone-500">Loading the text…</p>}
        {/* only selections made in the text count: clicks in the menus above leave it be */}
        <div onMouseUp={trackSelection} onKeyUp={trackSelection}>
          <EditorContent editor={editor} className={isEditing ? 'rounded-md border border-indigo-200 p-4 focus-within:ring-2 focus-within:ring-indigo-300' : ''} />
        </div>
      </div>
      <aside aria-label="Claims panel" className="h-fit space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        {error && <Alert>{error}</Alert>}
        {selected && actions && <ClaimPanel claim={selected} context={context} isPending={isPending} actions={actions} onChanged={() => refresh()} />}
        <OrphanList orphans={orphans} reattachingId={reattachingId} canEdit={canEditClaims && !isEditing} onReattach={setReattachingId} />
        <CommentList comments={comments} />
        <div className="rounded-lg border border-stone-200 bg-white">
          <div className="flex flex-wrap items-center gap-3 border-b border-stone-200 px-3 py-2 text-xs text-stone-600">
            <span className="font-semibold text-stone-800">{anchored.filter((claim) => !claim.isDismissed).length} claims</span>
            <label className="flex items-center gap-1">
              Sort
              <select aria-label="Sort claims" value={order} onChange={(event) => setOrder(event.target.value as ClaimOrder)} className="rounded border border-stone-300 bg-white px-1 py-0.5">
                <option value="position">in text order</option>
                <option value="checkworthiness">by check-worthiness</option>
              </select>
            </label>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={showDismissed} onChange={(event) => setShowDismissed(event.target.checked)} />
              dismissed
            </label>
          </div>
          <div className="max-h-[60vh] overflow-y-auto">
            {/* Rendered in the browser with the text it points into: on the server it
                would be hundreds of items of HTML that no one can use before then. */}
            {editor ? <ClaimList claims={listed} selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} /> : <p className="animate-pulse px-3 py-6 text-center text-sm text-stone-500">Loading the claims…</p>}
          </div>
          <p className="border-t border-stone-200 px-3 py-2 text-xs text-stone-600">
            Keys: j / k next and previous claim, Esc to close.{' '}
            <button type="button" aria-keyshortcuts="?" className="underline" onClick={showShortcuts}>
              All shortcuts (?)
            </button>
          </p>
        </div>
      </aside>
      <ShortcutsDialog isOpen={isShowingShortcuts} onClose={() => setShowingShortcuts(false)} />
    </div>
  )
}

function SavedNotice({ number, summary }: { number: number; summary: ReanchorSummary | null }) {
  if (!summary) return <Alert tone="info">No changes: the text is the same as revision {number}.</Alert>
  const parts = [
    `${summary.kept + summary.moved + summary.reworded} claims followed the text`,
    summary.changed ? `${summary.changed} changed since review` : null,
    summary.orphaned ? `${summary.orphaned} lost their words (listed beside the text)` : null,
    summary.added ? `${summary.added} new from added sentences` : null,
  ].filter(Boolean)
  return (
    <div className="mb-3">
      <Alert tone="success" title={`Saved as revision ${number}`}>
        {parts.join(' · ')}
      </Alert>
    </div>
  )
}

function nextClaim(claims: ClaimView[], claim: ClaimView): ClaimView | undefined {
  return claims.find((candidate) => !candidate.isDismissed && candidate.id !== claim.id && candidate.start >= claim.end)
}
