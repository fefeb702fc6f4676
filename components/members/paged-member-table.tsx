'use client'
import { LoadMoreButton } from '@/components/ui/load-more-button'
import { usePagedList, type FirstPage } from '@/components/ui/use-paged-list'
import { MemberTable, type MemberRow, type InvitationRow } from './member-table'

interface PagedMemberTableProps {
  workspaceId: string
  members: FirstPage<MemberRow>
  invitations: FirstPage<InvitationRow>
  canManage: boolean
  currentUserId: string
}

// Members and pending invitations in one table, each list's first page as the server
// rendered it and its own "Load more": invitations follow the members in the table.
export function PagedMemberTable({ workspaceId, members, invitations, canManage, currentUserId }: PagedMemberTableProps) {
  const base = `/api/workspaces/${workspaceId}`
  const memberList = usePagedList({ url: `${base}/members`, first: members, pick: (body: { members: MemberRow[]; nextCursor: string | null }) => body.members })
  const invitationList = usePagedList({ url: `${base}/invitations`, first: invitations, pick: (body: { invitations: InvitationRow[]; nextCursor: string | null }) => body.invitations })
  return (
    <div>
      <MemberTable workspaceId={workspaceId} members={memberList.items} invitations={invitationList.items} canManage={canManage} currentUserId={currentUserId} />
      <LoadMoreButton {...memberList} onLoadMore={() => void memberList.loadMore()} noun="members" label="Load more members" hasLoadedMore={memberList.items.length > members.items.length} />
      <LoadMoreButton {...invitationList} onLoadMore={() => void invitationList.loadMore()} noun="invitations" label="Load more invitations" hasLoadedMore={invitationList.items.length > invitations.items.length} />
    </div>
  )
}
