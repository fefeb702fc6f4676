import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { ZId, parseInput } from '@/lib/validation'
import { getVerificationSettings as readSettings } from './review-claim'
import { ZVerificationSettingsInput } from './schemas'
import type { VerificationSettings } from './verification-rules'

// What VERIFIED needs in this workspace; any member may read it, owners change it.
export async function getVerificationSettings({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }): Promise<VerificationSettings & { canEdit: boolean }> {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  return { ...(await readSettings(db, id)), canEdit: can(role, 'workspace.manageMembers') }
}

export async function updateVerificationSettings({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<VerificationSettings & { canEdit: boolean }> {
  const { workspaceId, ...settings } = parseInput(ZVerificationSettingsInput, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const before = await readSettings(tx, workspaceId)
    await tx.workspace.update({ where: { id: workspaceId }, data: { ...settings, verifyMinAgreement: settings.verifyMinAgreement.toFixed(2) } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Workspace', subjectId: workspaceId, action: 'workspace.verification_settings_changed', before: { ...before }, after: { ...settings } })
    return { ...settings, canEdit: true }
  })
}
