import { z } from 'zod'
import { ROLES } from '@/lib/auth/roles'
import { ZEmail, ZId } from '@/lib/validation'

export const ZRole = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` })

export const ZInviteMember = z.object({ workspaceId: ZId, email: ZEmail, role: ZRole })
export const ZChangeMemberRole = z.object({ workspaceId: ZId, membershipId: ZId, role: ZRole })
export const ZRemoveMember = z.object({ workspaceId: ZId, membershipId: ZId })
