'use client'
import { useRouter } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function SignOutEverywhereButton() {
  const router = useRouter()
  const { run, isPending, error } = useApiAction()
  async function signOutEverywhere() {
    const isDone = await run(async () => {
      await apiRequest('POST', '/api/account/sign-out-everywhere')
      return true
    })
    if (!isDone) return
    router.push('/signin?reason=signed-out')
    router.refresh()
  }
  return (
    <div className="space-y-2">
      {error && <Alert>{error}</Alert>}
      <Button variant="danger" disabled={isPending} onClick={signOutEverywhere}>
        {isPending ? 'Signing out…' : 'Sign out everywhere'}
      </Button>
    </div>
  )
}
