'use client'
import Link from 'next/link'
import { useEffect, useState } from 'react'
import { VERDICT_COLORS } from '@/components/reviews/verdict-styles'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import type { PriorCheckView } from '@/lib/checked-before/find-prior-checks'
import { apiRequest } from '@/lib/http/api-client'
import { verdictLabel } from '@/lib/reviews/verdicts'

interface CheckedBeforeSectionProps {
  workspaceId: string
  claimId: string
  claimVersion: number
  canReview: boolean
  onChanged?: () => void
  refreshKey?: string
  // The panel's padding, on the section itself: a claim never checked before leaves no gap.
  wrapperClassName?: string
}

// "Checked before": earlier checks of the same claim (same figure, same year, similar
// words), with what they found, and two actions: reuse the verdict and its sources, or
// dismiss it as not the same claim. Nothing shows for a claim never checked before.
export function CheckedBeforeSection({ workspaceId, claimId, claimVersion, canReview, onChanged, refreshKey, wrapperClassName = '' }: CheckedBeforeSectionProps) {
  const url = `/api/workspaces/${workspaceId}/claims/${claimId}/prior-checks`
  const [loaded, setLoaded] = useState<{ url: string; checks: PriorCheckView[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [reloads, setReloads] = useState(0)
  useEffect(() => {
    let isCurrent = true
    apiRequest<{ priorChecks: PriorCheckView[] }>('GET', url).then(
      ({ priorChecks }) => isCurrent && (setLoaded({ url, checks: priorChecks }), setError(null)),
      (caught: unknown) => isCurrent && setError(caught instanceof Error ? caught.message : 'Could not load earlier checks.'),
    )
    return () => {
      isCurrent = false
    }
  }, [url, claimVersion, refreshKey, reloads])

  async function act(check: PriorCheckView, action: 'reuse' | 'dismiss') {
    setBusyId(check.id)
    setError(null)
    try {
      await apiRequest('POST', `${url}/${check.id}/${action}`, action === 'reuse' ? { attachEvidence: true } : undefined)
      setReloads((count) => count + 1)
      onChanged?.()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'That did not work. Try again.')
    } finally {
      setBusyId(null)
    }
  }

  const checks = loaded?.url === url ? loaded.checks : null
  if (!checks?.length && !error) return null
  const headingId = `checked-before-${claimId}`
  return (
    <section aria-labelledby={headingId} data-testid="checked-before" className={`space-y-3 ${wrapperClassName}`}>
      <h3 id={headingId} className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        Checked before
      </h3>
      {error && <Alert>{error}</Alert>}
      {checks?.map((check) => (
        <article key={check.id} className={`space-y-2 rounded-md border p-3 text-sm ${check.dismissedAt ? 'border-stone-200 bg-stone-50 text-stone-500' : 'border-indigo-200 bg-indigo-50/40'}`}>
          <EarlierCheck check={check} workspaceId={workspaceId} />
          <p className="text-xs text-stone-600">{check.reason.text}</p>
          {check.dismissedAt ? (
            <p className="text-xs">
              Dismissed as not the same claim{check.dismissedBy ? ` by ${check.dismissedBy}` : ''}, {new Date(check.dismissedAt).toLocaleDateString()}.
            </p>
          ) : check.reusedAt ? (
            <p className="text-xs text-emerald-800">Reused {new Date(check.reusedAt).toLocaleDateString()}: its verdict is among the ratings below.</p>
          ) : (
            canReview && (
              <div className="flex flex-wrap gap-2">
                <Button type="button" disabled={busyId !== null} onClick={() => act(check, 'reuse')}>
                  {busyId === check.id ? 'Reusing…' : check.earlier?.evidence.length ? 'Reuse verdict and sources' : 'Reuse verdict'}
                </Button>
                <Button type="button" variant="secondary" disabled={busyId !== null} onClick={() => act(check, 'dismiss')}>
                  Not the same claim
                </Button>
              </div>
            )
          )}
        </article>
      ))}
    </section>
  )
}

function EarlierCheck({ check, workspaceId }: { check: PriorCheckView; workspaceId: string }) {
  const { earlier, external } = check
  if (earlier) {
    return (
      <>
        <p className="flex flex-wrap items-center gap-2">
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${VERDICT_COLORS[earlier.verdict].badge}`}>{verdictLabel(earlier.verdict)}</span>
          {earlier.confidence !== null && <span className="text-xs text-stone-600">confidence {earlier.confidence.toFixed(1)}/5</span>}
          {earlier.verdictAt && <span className="text-xs text-stone-600">{new Date(earlier.verdictAt).toLocaleDateString()}</span>}
        </p>
        <blockquote className="border-l-2 border-stone-300 pl-2 text-stone-800">{earlier.quote}</blockquote>
        <p className="text-xs text-stone-600">
          In{' '}
          <Link className="font-medium text-indigo-700 underline" href={`/w/${workspaceId}/documents/${earlier.documentId}?claim=${earlier.claimId}`}>
            {earlier.documentTitle}
          </Link>
          {earlier.reviewers.length > 0 && <> · reviewed by {earlier.reviewers.join(', ')}</>}
        </p>
        {earlier.evidence.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-xs text-stone-700">
            {earlier.evidence.map((item) => (
              <li key={item.id}>
                {item.source.url ? (
                  <a className="underline" href={item.source.url} rel="noreferrer noopener" target="_blank">
                    {item.source.title}
                  </a>
                ) : (
                  item.source.title
                )}
                : “{item.quote}”{item.locator ? ` (${item.locator})` : ''}
              </li>
            ))}
          </ul>
        )}
      </>
    )
  }
  if (!external) return null
  return (
    <>
      <p className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-stone-800 px-1.5 py-0.5 text-xs font-medium text-white">External</span>
        {external.verdict && <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${VERDICT_COLORS[external.verdict].badge}`}>{verdictLabel(external.verdict)}</span>}
        {external.ratingName && <span className="text-xs text-stone-600">“{external.ratingName}”</span>}
        {external.reviewedAt && <span className="text-xs text-stone-600">{new Date(external.reviewedAt).toLocaleDateString()}</span>}
      </p>
      <blockquote className="border-l-2 border-stone-300 pl-2 text-stone-800">{external.claimText}</blockquote>
      <p className="text-xs text-stone-600">
        Checked by{' '}
        <a className="font-medium text-indigo-700 underline" href={external.url} rel="noreferrer noopener" target="_blank">
          {external.publisherName}
        </a>
      </p>
    </>
  )
}
