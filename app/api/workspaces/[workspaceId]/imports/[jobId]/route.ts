import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { ndjsonResponse } from '@/lib/http/ndjson-stream'
import { isFinished } from '@/lib/jobs/import-job-view'
import { findImportJob } from '@/lib/jobs/import-jobs'

type Context = { params: Promise<{ workspaceId: string; jobId: string }> }

const POLL_MS = 500
// A follower reconnects after this: no stream is held open forever.
const FOLLOW_FOR_MS = 10 * 60 * 1000

// One of my imports. With ?follow=1, NDJSON: a `job` event whenever it changes (its
// place in the queue, its progress), ending when it is done or failed. The job lives
// in the database, so any instance can follow it and a reload picks it up again.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const { workspaceId, jobId } = await params
  const first = await findImportJob({ actor, workspaceId, jobId })
  if (new URL(request.url).searchParams.get('follow') !== '1') return Response.json({ job: first })
  return ndjsonResponse(async (send) => {
    const until = Date.now() + FOLLOW_FOR_MS
    let job = first
    let sent = ''
    for (;;) {
      const snapshot = JSON.stringify(job)
      if (snapshot !== sent) send({ type: 'job', job })
      sent = snapshot
      if (isFinished(job.status) || request.signal.aborted || Date.now() > until) return
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      job = await findImportJob({ actor, workspaceId, jobId })
    }
  })
})
