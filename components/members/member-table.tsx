import { ROLE_LABELS } from '@/lib/auth/roles'
import type { Role } from '@/lib/db/generated/enums'
import { formatDate } from '@/lib/text/format'
import { MemberRoleControls } from './member-role-controls'
import { InvitationActions } from './invitation-actions'

// Dates are Date objects from the page, strings from the API (a page loaded later).
export interface MemberRow { id: string; role: Role; createdAt: Date | string; user: { id: string; email: string; name: string | null } }
export interface InvitationRow { id: string; email: string; role: Role; createdAt: Date | string; expiresAt: Date | string; lastSentAt: Date | string; isExpired: boolean }

interface MemberTableProps {
  workspaceId: string
  members: MemberRow[]
  invitations: InvitationRow[]
  canManage: boolean
  currentUserId: string
}

export function MemberTable({ workspaceId, members, invitations, canManage, currentUserId }: MemberTableProps) {
  return (
    <div className="h-fit overflow-hidden rounded-lg border border-stone-200 bg-white">
    <table className="w-full text-sm">
      <caption className="sr-only">Workspace members</caption>
      <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">Member</th>
          <th scope="col" className="px-4 py-2 font-medium">Role</th>
          <th scope="col" className="px-4 py-2 font-medium">Since</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-200">
        {members.map((member) => (
          <tr key={member.id} data-testid="member-row">
            <td className="px-4 py-2">
              <p className="font-medium">{member.user.name ?? member.user.email}{member.user.id === currentUserId && <span className="text-stone-500"> (you)</span>}</p>
              {member.user.name && <p className="text-stone-500">{member.user.email}</p>}
            </td>
            <td className="px-4 py-2">
              {canManage ? (
                <MemberRoleControls workspaceId={workspaceId} membershipId={member.id} role={member.role} label={member.user.email} />
              ) : (
                ROLE_LABELS[member.role]
              )}
            </td>
            <td className="px-4 py-2 text-stone-500">{formatDate(member.createdAt)}</td>
          </tr>
        ))}
        {invitations.map((invitation) => (
          <tr key={invitation.id} data-testid="invitation-row" className="bg-stone-50/60">
            <td className="px-4 py-2">
              <p>{invitation.email}</p>
              <p className="text-stone-500">
                {!invitation.isExpired ? `Invited, not accepted yet · link sent ${formatDate(invitation.lastSentAt)}, works until ${formatDate(invitation.expiresAt)}` : 'Invitation expired: resend it'}
              </p>
            </td>
            <td className="px-4 py-2">
              <div className="flex flex-wrap items-center gap-1">
                <span className="mr-1">{ROLE_LABELS[invitation.role]}</span>
                {canManage && <InvitationActions workspaceId={workspaceId} invitationId={invitation.id} email={invitation.email} />}
              </div>
            </td>
            <td className="px-4 py-2 text-stone-500">{formatDate(invitation.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  )
}
