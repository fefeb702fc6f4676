// What a change costs the next reader of the document page: the view of the 300-claim
// document built afresh (lib/documents/find-document-view.ts), timed in this process.
import { loadActor } from '@/lib/auth/load-actor'
import { disconnectDb, getDb } from '@/lib/db/client'
import { buildDocumentView } from '@/lib/documents/find-document-view'
import type { Seeded } from './seed'

const RUNS = 20

export async function timeViewBuilds(seeded: Seeded): Promise<{ medianMs: number; bytes: number }> {
  const { id } = await getDb().user.findUniqueOrThrow({ where: { email: seeded.reviewerEmail }, select: { id: true } })
  const page = { actor: (await loadActor(id))!, workspaceId: seeded.workspaceId, documentId: seeded.bigDocumentId }
  const times: number[] = []
  let bytes = 0
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    bytes = (await buildDocumentView(page)).body.length
    times.push(performance.now() - started)
  }
  await disconnectDb()
  times.sort((a, b) => a - b)
  return { medianMs: times[Math.floor(RUNS / 2)]!, bytes }
}
