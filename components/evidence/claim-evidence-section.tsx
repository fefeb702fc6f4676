'use client'
import { useEffect, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import { AddEvidenceForm } from './add-evidence-form'
import { EvidenceItem } from './evidence-item'
import { STANCE_LABELS, STANCES, type ClaimQuantityOption, type EvidenceItemData } from './types'

export interface ClaimEvidenceSectionProps {
  workspaceId: string
  claimId: string
  quantities: ClaimQuantityOption[]
  canReview: boolean
  canEdit: boolean
  // When given, reviewers may remove only their own evidence (editors any); without
  // it, every reviewer may remove any, as the API allows.
  currentUserId?: string
  onChanged?: () => void
  // Changes when the page learns of changes by others (live updates): reload then.
  refreshKey?: string
}

// A claim's sources and evidence: what backs it, what contradicts it, what gives context,
// each source's exact words and how its figure compares with the claim's.
export function ClaimEvidenceSection({ workspaceId, claimId, quantities, canReview, canEdit, currentUserId, onChanged, refreshKey }: ClaimEvidenceSectionProps) {
  const url = `/api/workspaces/${workspaceId}/claims/${claimId}/evidence`
  // Each piece of state remembers the claim it belongs to, so switching claims shows
  // nothing stale, and a late answer about the previous claim is ignored.
  const [loaded, setLoaded] = useState<{ url: string; items: EvidenceItemData[] | null; error: string | null } | null>(null)
  const [addingFor, setAddingFor] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ url: string; text: string } | null>(null)
  const removal = useApiAction()
  const evidence = loaded?.url === url ? loaded.items : null
  const loadError = loaded?.url === url ? loaded.error : null
  const isAdding = addingFor === url
  const setAdding = (isOpen: boolean) => setAddingFor(isOpen ? url : null)

  const [reloads, setReloads] = useState(0)
  const load = () => setReloads((count) => count + 1)

  useEffect(() => {
    let isCurrent = true
    apiRequest<{ evidence: EvidenceItemData[] }>('GET', url).then(
      ({ evidence: items }) => isCurrent && setLoaded({ url, items, error: null }),
      (caught: unknown) => {
        const error = caught instanceof Error ? caught.message : 'Could not load the evidence.'
        // Keep what was shown: a failed refresh should not blank the list.
        if (isCurrent) setLoaded((previous) => ({ url, items: previous?.url === url ? previous.items : null, error }))
      },
    )
    return () => {
      isCurrent = false
    }
  }, [url, reloads, refreshKey])

  async function remove(item: EvidenceItemData) {
    setNotice(null)
    if (!window.confirm(`Remove the evidence from “${item.source.title}” from this claim? The activity log keeps a record of it.`)) return
    const removed = await removal.run(() => apiRequest('DELETE', `${url}/${item.id}`, { version: item.version }))
    // Removed or not (a 409 means someone changed it), show what the server has now.
    load()
    if (removed) onChanged?.()
  }

  const mayRemove = (item: EvidenceItemData) => canEdit || (canReview && (currentUserId === undefined || item.createdById === currentUserId))

  return (
    <section aria-labelledby={`evidence-heading-${claimId}`} data-testid="claim-evidence" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={`evidence-heading-${claimId}`} className="text-xs font-semibold uppercase tracking-wide text-stone-500">
          Sources and evidence{evidence ? ` (${evidence.length})` : ''}
        </h3>
        {canReview && !isAdding && (
          <Button
            variant="secondary"
            className="px-2 py-1 text-xs"
            onClick={() => {
              setNotice(null)
              setAdding(true)
            }}
          >
            Add evidence
          </Button>
        )}
      </div>
      {loadError && (
        <Alert>
          {loadError}{' '}
          <button type="button" className="font-medium underline" onClick={load}>
            Try again
          </button>
        </Alert>
      )}
      {removal.error && <Alert>{removal.error}</Alert>}
      {notice?.url === url && !isAdding && <Alert tone="success">{notice.text}</Alert>}
      {isAdding && (
        <AddEvidenceForm
          workspaceId={workspaceId}
          claimId={claimId}
          quantities={quantities}
          onCancel={() => setAdding(false)}
          onAdded={(_evidence, sourceNotice) => {
            setNotice(sourceNotice ? { url, text: `Evidence added. ${sourceNotice}.` } : { url, text: 'Evidence added.' })
            setAdding(false)
            load()
            onChanged?.()
          }}
        />
      )}
      {evidence === null && !loadError && <p className="text-sm text-stone-500">Loading evidence…</p>}
      {evidence?.length === 0 && !isAdding && (
        <p className="text-sm text-stone-600">
          No evidence yet.{canReview ? ' Add a source with the exact words that back or contradict this claim.' : ''}
        </p>
      )}
      {evidence &&
        STANCES.map((stance) => {
          const items = evidence.filter((item) => item.stance === stance)
          if (items.length === 0) return null
          return (
            <div key={stance} className="space-y-2">
              <h4 className="text-sm font-medium text-stone-800">
                {STANCE_LABELS[stance].heading} <span className="text-stone-500">({items.length})</span>
              </h4>
              <ul className="space-y-2">
                {items.map((item) => (
                  <EvidenceItem key={item.id} evidence={item} quantities={quantities} isPending={removal.isPending} onRemove={mayRemove(item) ? () => void remove(item) : null} />
                ))}
              </ul>
            </div>
          )
        })}
    </section>
  )
}
