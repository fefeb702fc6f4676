import type { Metadata } from 'next'
import { ReviewQueueView } from '@/components/reviews/review-queue'
import { PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findQueue } from '@/lib/reviews/find-queue'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'My review queue · Claimtrack' }

export default async function QueuePage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/queue`)
  const [workspace, queue] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), findQueue({ actor, workspaceId })]))
  return (
    <>
      <PageHeader title="My review queue" description="Claims assigned to you, and claims you have not rated yet." />
      <ReviewQueueView workspaceId={workspace.id} queue={queue} canReview={can(workspace.role, 'claim.review')} />
    </>
  )
}
