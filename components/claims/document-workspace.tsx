'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import type { ClaimView } from '@/lib/claims/find-claims'
import type { ClaimKind } from '@/lib/extract/types'
import { apiRequest } from '@/lib/http/api-client'
import { AnnotatedText } from './annotated-text'
import { ClaimDetails } from './claim-details'
import { ClaimList, orderClaims, type ClaimOrder } from './claim-list'
import type { Line } from './line-buckets'
import { selectionOffsets } from './selection-offsets'

interface DocumentWorkspaceProps {
  workspaceId: string
  documentId: string
  text: string
  blocks: Line[] | null
  claims: ClaimView[]
  canEdit: boolean
}

// The document in the centre, the claims beside it. j/k (or ↓/↑) step through the
// claims in list order; selecting text offers "New claim" to editors.
export function DocumentWorkspace({ workspaceId, documentId, text, blocks, claims, canEdit }: DocumentWorkspaceProps) {
  const router = useRouter()
  const textRef = useRef<HTMLDivElement>(null)
  const { run, isPending, error } = useApiAction()
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null)
  const [order, setOrder] = useState<ClaimOrder>('position')
  const [showDismissed, setShowDismissed] = useState(false)
  const [selection, setSelection] = useState<{ start: number; end: number; isCollapsed: boolean } | null>(null)
  const listed = orderClaims(claims, order, showDismissed)
  const selected = claims.find((claim) => claim.id === selectedClaimId) ?? null

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return
      // Arrows scroll the page unless focus is on the page itself or in the claims list.
      const isArrowFree = event.target === document.body || (event.target instanceof HTMLElement && event.target.closest('[aria-label="Claims"]') !== null)
      const arrow = isArrowFree ? (event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0) : 0
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : arrow
      if (event.key === 'Escape') setSelectedClaimId(null)
      if (!step || listed.length === 0) return
      event.preventDefault()
      const index = listed.findIndex((claim) => claim.id === selectedClaimId)
      const next = listed[Math.min(listed.length - 1, Math.max(0, index + step))]!
      setSelectedClaimId(next.id)
      textRef.current?.querySelector(`[data-claim-id="${next.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [listed, selectedClaimId])

  async function mutate(call: () => Promise<unknown>, selectAfter?: (result: unknown) => string | null) {
    const result = await run(call)
    if (result === undefined) return
    if (selectAfter) setSelectedClaimId(selectAfter(result))
    router.refresh()
  }

  const base = `/api/workspaces/${workspaceId}`
  const actions = selected && {
    retype: (kind: ClaimKind) => mutate(() => apiRequest('PATCH', `${base}/claims/${selected.id}`, { kind, version: selected.version })),
    setDismissed: (isDismissed: boolean) => mutate(() => apiRequest('PATCH', `${base}/claims/${selected.id}`, { isDismissed, version: selected.version })),
    mergeWithNext: nextClaim(claims, selected)
      ? () => mutate(() => apiRequest<{ claim: { id: string } }>('POST', `${base}/claims/merge`, { claimIds: [selected.id, nextClaim(claims, selected)!.id] }), (result) => (result as { claim: { id: string } }).claim.id)
      : null,
    // Offered only while the text cursor stands inside the selected claim.
    splitAtCursor:
      selection?.isCollapsed && selection.start > selected.start && selection.start < selected.end
        ? () => mutate(() => apiRequest('POST', `${base}/claims/${selected.id}/split`, { at: selection.start, version: selected.version }), () => null)
        : null,
  }

  function createFromSelection() {
    if (!selection) return
    void mutate(() => apiRequest<{ claim: { id: string } }>('POST', `${base}/documents/${documentId}/claims`, { start: selection.start, end: selection.end }), (result) => (result as { claim: { id: string } }).claim.id)
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div ref={textRef} onMouseUp={() => textRef.current && setSelection(selectionOffsets(textRef.current))} onKeyUp={() => textRef.current && setSelection(selectionOffsets(textRef.current))}>
        {canEdit && selection && !selection.isCollapsed && (
          <div className="sticky top-2 z-10 mb-2 flex items-center gap-2 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm shadow">
            <span className="text-stone-600">Selected {selection.end - selection.start} characters</span>
            <Button onClick={createFromSelection} disabled={isPending}>
              New claim
            </Button>
          </div>
        )}
        <AnnotatedText text={text} blocks={blocks} claims={claims} selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} />
      </div>
      <aside aria-label="Claims panel" className="h-fit space-y-4 lg:sticky lg:top-4">
        {error && <Alert>{error}</Alert>}
        {selected && actions && (
          <div className="rounded-lg border border-stone-200 bg-white p-4">
            <ClaimDetails claim={selected} canEdit={canEdit} isPending={isPending} actions={actions} />
          </div>
        )}
        <div className="rounded-lg border border-stone-200 bg-white">
          <div className="flex flex-wrap items-center gap-3 border-b border-stone-200 px-3 py-2 text-xs text-stone-600">
            <span className="font-semibold text-stone-800">{claims.filter((claim) => !claim.isDismissed).length} claims</span>
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
            <ClaimList claims={listed} selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} />
          </div>
          <p className="border-t border-stone-200 px-3 py-2 text-xs text-stone-500">Keys: j / k next and previous claim, Esc to close.</p>
        </div>
      </aside>
    </div>
  )
}

function nextClaim(claims: ClaimView[], claim: ClaimView): ClaimView | undefined {
  return claims.find((candidate) => !candidate.isDismissed && candidate.id !== claim.id && candidate.start >= claim.end)
}
