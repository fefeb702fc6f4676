import type { Metadata } from 'next'
import { VerificationSettingsForm } from '@/components/reviews/verification-settings-form'
import { Alert } from '@/components/ui/alert'
import { PageHeader } from '@/components/ui/card'
import { MailStatus } from '@/components/workspace/mail-status'
import { findMailStatus } from '@/lib/mail/find-mail-status'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { isPublicUrlSet, publicBaseUrl } from '@/lib/http/public-url'
import { getVerificationSettings } from '@/lib/reviews/verification-settings'

export const metadata: Metadata = { title: 'Settings · Claimtrack' }

export default async function SettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/settings`)
  const { canEdit, ...settings } = await notFoundOnMissing(getVerificationSettings({ actor, workspaceId }))
  // The same rule as the members page: only those who invite see where mail stands.
  const mail = canEdit ? await findMailStatus({ actor, workspaceId }) : null
  return (
    <>
      <PageHeader title="Settings" description={canEdit ? 'Choose what the review workflow asks for.' : 'Only owners can change these settings.'} />
      {canEdit && !isPublicUrlSet() && (
        <Alert tone="info" title="The public URL is not set">
          Shared report links and ClaimReview urls point at {publicBaseUrl()}. Set PUBLIC_URL (or NEXTAUTH_URL) to the address people reach Claimtrack at.
        </Alert>
      )}
      <VerificationSettingsForm workspaceId={workspaceId} settings={settings} canEdit={canEdit} />
      {mail && <MailStatus {...mail} />}
    </>
  )
}
