import type { Metadata } from 'next'
import { InviteMemberForm } from '@/components/members/invite-member-form'
import { MemberTable } from '@/components/members/member-table'
import { PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findMembers } from '@/lib/members/find-members'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'Members · Claimtrack' }

export default async function MembersPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/members`)
  const [workspace, { members, invitations }] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), findMembers({ actor, workspaceId })]))
  const canManage = can(workspace.role, 'workspace.manageMembers')
  return (
    <>
      <PageHeader
        title="Members"
        description={canManage ? 'Invite people by email and choose what each of them may do.' : 'Only owners can invite members or change roles.'}
      />
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <MemberTable workspaceId={workspace.id} members={members} invitations={invitations} canManage={canManage} currentUserId={actor.id} />
        {canManage && <InviteMemberForm workspaceId={workspace.id} />}
      </div>
    </>
  )
}
