import type { Metadata } from 'next'
import { connection } from 'next/server'
import { cache } from 'react'
import { ReportView } from '@/components/reports/report-view'
import { LiveData } from '@/components/ui/live-data'
import { publicBaseUrl } from '@/lib/http/public-url'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { claimReviewJsonLd } from '@/lib/reports/claim-review'
import { getSharedReport } from '@/lib/reports/share-link'
import { tryRenderVerdictChartSvg } from '@/lib/reports/verdict-chart-svg'

interface SharedReportPageProps {
  params: Promise<{ token: string }>
}

// One lookup per request for the metadata and the page.
const loadShared = cache((token: string) => getSharedReport(token))

// Never indexed, and no Referer with the token when a reader follows a source link.
export async function generateMetadata({ params }: SharedReportPageProps): Promise<Metadata> {
  await connection()
  const base: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' }
  const shared = await loadShared((await params).token).catch(() => null)
  return shared ? { ...base, title: shared.title } : { ...base, title: 'Not found' }
}

// The public, read-only report: no account, no app navigation, nothing of the workspace
// beyond the frozen report. Revoked, expired or unknown links get the standard 404.
export default function SharedReportPage(props: SharedReportPageProps) {
  return (
    <LiveData>
      <SharedReport {...props} />
    </LiveData>
  )
}

async function SharedReport({ params }: SharedReportPageProps) {
  const { token } = await params
  const shared = await notFoundOnMissing(loadShared(token))
  const reportUrl = `${publicBaseUrl()}/r/${token}`
  const jsonLd = claimReviewJsonLd(shared.snapshot, { reportUrl, publisher: { name: shared.snapshot.workspace.name } })
  const chartSvg = await tryRenderVerdictChartSvg(shared.snapshot.summary)
  return (
    <main className="mx-auto max-w-4xl px-6 py-8">
      {/* JSON in a script element: "<" escaped so no text in a claim can close the element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <ReportView report={shared.snapshot} chartSvg={chartSvg} contentHash={shared.contentHash} />
    </main>
  )
}
