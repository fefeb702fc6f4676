'use client'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

// Deletes one imported check (editors); matches with claims go with it.
export function ExternalCheckDeleteButton({ workspaceId, checkId, claimText }: { workspaceId: string; checkId: string; claimText: string }) {
  const router = useRouter()
  const { run, isPending, error } = useApiAction()

  async function remove() {
    if (!window.confirm(`Delete the external check of “${claimText.slice(0, 80)}”? Importing the file again brings it back.`)) return
    const deleted = await run(async () => {
      await apiRequest('DELETE', `/api/workspaces/${workspaceId}/external-checks/${checkId}`)
      return true
    })
    if (deleted) router.refresh()
  }

  return (
    <div className="text-right">
      <Button variant="danger" className="px-2 py-0.5 text-xs" disabled={isPending} onClick={remove} aria-label={`Delete external check: ${claimText.slice(0, 80)}`}>
        Delete
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
