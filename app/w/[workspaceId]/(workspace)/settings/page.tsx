import type { Metadata } from 'next'
import { VerificationSettingsForm } from '@/components/reviews/verification-settings-form'
import { PageHeader } from '@/components/ui/card'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { getVerificationSettings } from '@/lib/reviews/verification-settings'

export const metadata: Metadata = { title: 'Settings · Claimtrack' }

export default async function SettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/settings`)
  const { canEdit, ...settings } = await notFoundOnMissing(getVerificationSettings({ actor, workspaceId }))
  return (
    <>
      <PageHeader title="Settings" description={canEdit ? 'Choose what the review workflow asks for.' : 'Only owners can change these settings.'} />
      <VerificationSettingsForm workspaceId={workspaceId} settings={settings} canEdit={canEdit} />
    </>
  )
}
