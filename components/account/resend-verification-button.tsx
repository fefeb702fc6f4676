'use client'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function ResendVerificationButton({ variant = 'secondary' }: { variant?: 'secondary' | 'ghost' }) {
  const { run, isPending, error } = useApiAction()
  const [message, setMessage] = useState<string | null>(null)
  async function resend() {
    const answer = await run(() => apiRequest<{ message: string }>('POST', '/api/account/verification'))
    if (answer) setMessage(answer.message)
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant={variant} disabled={isPending || Boolean(message)} onClick={resend}>
        {isPending ? 'Sending…' : 'Send the link again'}
      </Button>
      {(message ?? error) && (
        <span role={error ? 'alert' : 'status'} className="text-sm">
          {message ?? error}
        </span>
      )}
    </span>
  )
}
