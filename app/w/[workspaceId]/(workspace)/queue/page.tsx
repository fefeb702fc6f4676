import type { Metadata } from 'next'
import Link from 'next/link'
import { ReviewQueueView } from '@/components/reviews/review-queue'
import { PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findQueue } from '@/lib/reviews/find-queue'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

const FILTER = 'rounded-md border border-stone-300 px-2.5 py-1 text-stone-700 hover:bg-stone-100'
const FILTER_ON = 'border-indigo-600 bg-indigo-700 text-white hover:bg-indigo-800'

export const metadata: Metadata = { title: 'My review queue · Claimtrack' }

export default async function QueuePage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspaceId } = await params
  const hasPriorCheck = (await searchParams).checkedBefore === '1'
  const actor = await requirePageActor(`/w/${workspaceId}/queue`)
  const [workspace, queue] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), findQueue({ actor, workspaceId, hasPriorCheck })]))
  return (
    <>
      <PageHeader title="My review queue" description="Claims assigned to you, and claims you have not rated yet." />
      <nav aria-label="Queue filter" className="mb-4 flex gap-2 text-sm">
        <Link href={`/w/${workspace.id}/queue`} aria-current={hasPriorCheck ? undefined : 'page'} className={hasPriorCheck ? FILTER : `${FILTER} ${FILTER_ON}`}>
          All
        </Link>
        <Link href={`/w/${workspace.id}/queue?checkedBefore=1`} aria-current={hasPriorCheck ? 'page' : undefined} className={hasPriorCheck ? `${FILTER} ${FILTER_ON}` : FILTER}>
          Has a previous check
        </Link>
      </nav>
      <ReviewQueueView workspaceId={workspace.id} queue={queue} canReview={can(workspace.role, 'claim.review')} hasPriorCheck={hasPriorCheck} />
    </>
  )
}
