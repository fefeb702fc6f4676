import { VERDICT_COLORS } from '@/components/reviews/verdict-styles'
import { EXTERNAL_LINK, safeHref } from '@/components/sources/safe-href'
import { ratingLabel, type ExternalCheckView } from '@/lib/checked-before/external-check-view'
import { VERDICT_LABELS } from '@/lib/reviews/verdicts'
import { formatDate } from '@/lib/text/format'
import { ExternalCheckDeleteButton } from './external-check-delete-button'

interface ExternalChecksTableProps {
  workspaceId: string
  checks: ExternalCheckView[]
  canDelete: boolean
}

// The imported checks: the claim (linked to the review), who checked it, their rating and ours.
export function ExternalChecksTable({ workspaceId, checks, canDelete }: ExternalChecksTableProps) {
  return (
    <div className="h-fit overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">External checks in the library</caption>
        <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Claim</th>
            <th scope="col" className="px-4 py-2 font-medium">Checked by</th>
            <th scope="col" className="px-4 py-2 font-medium">Rating</th>
            <th scope="col" className="px-4 py-2 font-medium">Date</th>
            {canDelete && (
              <th scope="col" className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {checks.map((check) => {
            const reviewHref = safeHref(check.url)
            const publisherHref = safeHref(check.publisherUrl)
            return (
              <tr key={check.id} data-testid="external-check-row">
                <td className="max-w-md px-4 py-2 align-top">
                  <p>
                    <span className="mr-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-bold tracking-wide text-sky-900">EXTERNAL</span>
                    {reviewHref ? (
                      <a href={reviewHref} {...EXTERNAL_LINK} className="text-indigo-800 underline-offset-2 hover:underline">
                        {check.claimText}
                      </a>
                    ) : (
                      check.claimText
                    )}
                  </p>
                  {check.claimAuthor && <p className="text-xs text-stone-500">Claimed by {check.claimAuthor}</p>}
                </td>
                <td className="px-4 py-2 align-top">
                  {publisherHref ? (
                    <a href={publisherHref} {...EXTERNAL_LINK} className="text-indigo-800 underline-offset-2 hover:underline">
                      {check.publisherName}
                    </a>
                  ) : (
                    check.publisherName
                  )}
                </td>
                <td className="px-4 py-2 align-top">
                  <p>{ratingLabel(check)}</p>
                  {check.verdict && <span className={`mt-1 inline-block rounded px-1.5 py-0.5 text-xs font-medium ${VERDICT_COLORS[check.verdict].badge}`}>{VERDICT_LABELS[check.verdict]}</span>}
                </td>
                <td className="whitespace-nowrap px-4 py-2 align-top">{formatDate(check.reviewedAt) || '—'}</td>
                {canDelete && (
                  <td className="px-4 py-2 align-top">
                    <ExternalCheckDeleteButton workspaceId={workspaceId} checkId={check.id} claimText={check.claimText} />
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
