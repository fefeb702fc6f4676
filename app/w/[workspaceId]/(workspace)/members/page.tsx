import type { Metadata } from 'next'
import { InviteMemberForm } from '@/components/members/invite-member-form'
import { PagedMemberTable } from '@/components/members/paged-member-table'
import { PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findInvitations, findMembers } from '@/lib/members/find-members'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'Members · Claimtrack' }

export default async function MembersPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/members`)
  const [workspace, members, invitations] = await notFoundOnMissing(
    Promise.all([getWorkspaceById({ actor, workspaceId }), findMembers({ actor, workspaceId }), findInvitations({ actor, workspaceId })]),
  )
  const canManage = can(workspace.role, 'workspace.manageMembers')
  return (
    <>
      <PageHeader
        title="Members"
        description={canManage ? 'Invite people by email and choose what each of them may do.' : 'Only owners can invite members or change roles.'}
      />
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <PagedMemberTable
          workspaceId={workspace.id}
          members={{ items: members.members, nextCursor: members.nextCursor }}
          invitations={{ items: invitations.invitations, nextCursor: invitations.nextCursor }}
          canManage={canManage}
          currentUserId={actor.id}
        />
        {canManage && <InviteMemberForm workspaceId={workspace.id} />}
      </div>
    </>
  )
}
