'use client'
import Link from 'next/link'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import { LinkProblem } from './link-problem'

interface ConfirmLinkFormProps {
  url: string
  token: string
  actionLabel: string
  pendingLabel: string
  success: string
  continueTo: { href: string; label: string }
}

// A mailed link opens this page; the button uses the link. Mail scanners that fetch
// links cannot use a single-use token up by fetching it.
export function ConfirmLinkForm({ url, token, actionLabel, pendingLabel, success, continueTo }: ConfirmLinkFormProps) {
  const { run, isPending, error, details } = useApiAction()
  const [isDone, setDone] = useState(false)

  async function confirm() {
    if (await run(() => apiRequest('POST', url, { token }))) setDone(true)
  }

  if (isDone) {
    return (
      <div className="space-y-3">
        <Alert tone="success">{success}</Alert>
        <Link href={continueTo.href} className="text-sm font-medium text-indigo-700 hover:underline">
          {continueTo.label}
        </Link>
      </div>
    )
  }
  if (error) return <LinkProblem problem={details.problem} message={error} />
  return (
    <Button type="button" className="w-full" disabled={isPending} onClick={confirm}>
      {isPending ? pendingLabel : actionLabel}
    </Button>
  )
}
