'use client'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import { formatDate } from '@/lib/text/format'

export interface ShareInfo {
  state: 'none' | 'active' | 'revoked' | 'expired'
  token: string | null
  expiresAt: string | null
}

interface ShareControlsProps {
  workspaceId: string
  reportId: string
  share: ShareInfo
  canManage: boolean
  // Where readers reach the app (lib/http/public-url.ts), never the address this page
  // happens to be open at.
  publicUrl: string
}

const STATE_TEXT: Record<ShareInfo['state'], string> = {
  none: 'Not shared. Only workspace members can read this report.',
  active: 'Anyone with the link can read this report, without an account.',
  revoked: 'The public link was revoked; it no longer opens.',
  expired: 'The public link has expired; it no longer opens.',
}

// The report's public link: its state, the link to copy, a new link (optionally
// expiring; it replaces the old one) and revoke.
export function ShareControls({ workspaceId, reportId, share, canManage, publicUrl }: ShareControlsProps) {
  const router = useRouter()
  const id = useId()
  const action = useApiAction()
  const [expiresAt, setExpiresAt] = useState('')
  const [isCopied, setCopied] = useState(false)
  const url = share.token ? `${publicUrl}/r/${share.token}` : null
  const endpoint = `/api/workspaces/${workspaceId}/reports/${reportId}/share`

  async function create() {
    const result = await action.run(() => apiRequest('POST', endpoint, expiresAt ? { expiresAt } : {}))
    if (result) {
      setCopied(false)
      router.refresh()
    }
  }
  async function revoke() {
    if ((await action.run(() => apiRequest('DELETE', endpoint))) !== undefined) router.refresh()
  }
  async function copy() {
    if (!url) return
    await navigator.clipboard?.writeText(url).catch(() => undefined)
    setCopied(true)
  }

  return (
    <section aria-label="Public share link" className="space-y-3 text-sm">
      <p className="text-stone-700" data-share-state={share.state}>
        {STATE_TEXT[share.state]}
        {share.state === 'active' && share.expiresAt ? ` It expires on ${formatDate(share.expiresAt)}.` : ''}
      </p>
      {action.error && <Alert>{action.error}</Alert>}
      {url && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-url`} className="sr-only">
            Share link
          </label>
          <input id={`${id}-url`} readOnly value={url} onFocus={(event) => event.target.select()} className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-3 py-1.5 font-mono text-xs" />
          <Button type="button" variant="secondary" onClick={copy}>
            {isCopied ? 'Copied' : 'Copy link'}
          </Button>
          {canManage && (
            <Button type="button" variant="danger" onClick={revoke} disabled={action.isPending}>
              Revoke link
            </Button>
          )}
        </div>
      )}
      {canManage && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-48">
            <Field id={`${id}-expiry`} label="Expires (optional)" error={action.fieldErrors.expiresAt}>
              <Input id={`${id}-expiry`} type="date" value={expiresAt} onChange={(event) => setExpiresAt(event.target.value)} />
            </Field>
          </div>
          <Button type="button" variant={share.state === 'active' ? 'secondary' : 'primary'} onClick={create} disabled={action.isPending}>
            {share.state === 'active' ? 'Replace link' : 'Create share link'}
          </Button>
        </div>
      )}
    </section>
  )
}
