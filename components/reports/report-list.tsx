import Link from 'next/link'
import { formatDate } from '@/lib/text/format'
import { ShareControls, type ShareInfo } from './share-controls'

export interface ReportListRow {
  id: string
  title: string
  contentHash: string
  createdAt: string
  createdBy: string
  share: ShareInfo
}

const SHARE_BADGES: Record<ShareInfo['state'], { label: string; className: string }> = {
  none: { label: 'Not shared', className: 'bg-stone-100 text-stone-700' },
  active: { label: 'Shared', className: 'bg-emerald-100 text-emerald-800' },
  revoked: { label: 'Link revoked', className: 'bg-red-50 text-red-800' },
  expired: { label: 'Link expired', className: 'bg-amber-50 text-amber-900' },
}

// Published reports, newest first, each with its hash and its public link's state.
export function ReportList({ workspaceId, reports, canManageLinks, publicUrl }: { workspaceId: string; reports: ReportListRow[]; canManageLinks: boolean; publicUrl: string }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Published reports">
      {reports.map((report) => {
        const badge = SHARE_BADGES[report.share.state]
        return (
          <li key={report.id} className="space-y-2 px-4 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/w/${workspaceId}/reports/${report.id}`} className="font-medium text-indigo-700 hover:underline">
                {report.title}
              </Link>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badge.className}`}>{badge.label}</span>
            </div>
            <p className="text-sm text-stone-600">
              Published {formatDate(report.createdAt)} by {report.createdBy} · SHA-256 <code className="break-all font-mono text-xs text-stone-700">{report.contentHash}</code>
            </p>
            {canManageLinks && (
              <details className="text-sm">
                <summary className="cursor-pointer text-stone-700">Share link</summary>
                <div className="mt-2">
                  <ShareControls workspaceId={workspaceId} reportId={report.id} share={report.share} canManage={canManageLinks} publicUrl={publicUrl} />
                </div>
              </details>
            )}
          </li>
        )
      })}
    </ul>
  )
}
