'use client'
import { useRouter } from 'next/navigation'
import { useRef, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest, apiUpload } from '@/lib/http/api-client'
import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'
import { SNAPSHOT_FILE_ACCEPT, SNAPSHOT_FILE_HINT } from './snapshot-file-types'
import { snapshotHref } from './snapshot-labels'
import { useSnapshotPoll } from './use-snapshot-poll'

interface SnapshotActionsProps {
  workspaceId: string
  sourceId: string
  sourcePath: string
  hasUrl: boolean
  // A snapshot is waiting or being fetched.
  isWaiting: boolean
  // The last snapshot failed: uploading the file is what to do next.
  hasFailed: boolean
}

// "Fetch again" and "Upload file instead": each makes a new snapshot, kept next to
// the old ones; the page follows it until it is read.
export function SnapshotActions({ workspaceId, sourceId, sourcePath, hasUrl, isWaiting, hasFailed }: SnapshotActionsProps) {
  const router = useRouter()
  const fetchAction = useApiAction()
  const uploadAction = useApiAction()
  const fileInput = useRef<HTMLInputElement>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const snapshotsUrl = `/api/workspaces/${workspaceId}/sources/${sourceId}/snapshots`
  useSnapshotPoll(snapshotsUrl, isWaiting)

  async function fetchAgain() {
    const result = await fetchAction.run(() => apiRequest<{ snapshot: SnapshotSummary }>('POST', snapshotsUrl))
    if (result) router.push(snapshotHref(sourcePath, result.snapshot.number))
  }

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formElement = event.currentTarget
    const file = fileInput.current?.files?.[0]
    setFileError(file ? null : 'Choose a file first.')
    if (!file) return
    const form = new FormData()
    form.set('file', file)
    const result = await uploadAction.run(() => apiUpload<{ snapshot: SnapshotSummary }>(snapshotsUrl, form))
    if (!result) return
    formElement.reset()
    router.push(snapshotHref(sourcePath, result.snapshot.number))
  }

  const uploadError = fileError ?? uploadAction.fieldErrors.file ?? uploadAction.error
  return (
    <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-3">
      {isWaiting && (
        <p role="status" className="flex items-center gap-2 text-sm text-sky-900">
          <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-sky-300 border-t-sky-800" />
          Fetching the source… this page updates when it is done.
        </p>
      )}
      {hasUrl && (
        <div className="space-y-1">
          <Button type="button" variant="secondary" onClick={fetchAgain} disabled={fetchAction.isPending || isWaiting}>
            {fetchAction.isPending ? 'Asking…' : isWaiting ? 'Fetch pending…' : 'Fetch again'}
          </Button>
          {fetchAction.error && <Alert>{fetchAction.error}</Alert>}
        </div>
      )}
      <form onSubmit={upload} noValidate className="space-y-1.5">
        <label htmlFor="snapshot-file" className="block text-sm font-medium text-stone-800">
          {hasUrl ? 'Upload file instead' : 'Upload a new version'}
        </label>
        <input
          ref={fileInput}
          id="snapshot-file"
          name="file"
          type="file"
          accept={SNAPSHOT_FILE_ACCEPT}
          aria-describedby={uploadError ? 'snapshot-file-error' : 'snapshot-file-hint'}
          aria-invalid={uploadError ? true : undefined}
          onChange={() => setFileError(null)}
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-100"
        />
        {uploadError ? (
          <p id="snapshot-file-error" role="alert" className="text-sm text-red-700">
            {uploadError}
          </p>
        ) : (
          <p id="snapshot-file-hint" className="text-xs text-stone-500">
            {hasFailed ? 'The fetch failed: upload the file you have. ' : ''}
            {SNAPSHOT_FILE_HINT}
          </p>
        )}
        <Button type="submit" variant={hasFailed ? 'primary' : 'secondary'} disabled={uploadAction.isPending}>
          {uploadAction.isPending ? 'Uploading…' : 'Upload'}
        </Button>
      </form>
    </div>
  )
}
