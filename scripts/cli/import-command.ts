import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { disconnectDb, getDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { describeImportStage, isFinished } from '@/lib/jobs/import-job-view'
import { enqueueImport, findImportJob } from '@/lib/jobs/import-jobs'
import { startJobQueue, stopJobQueue } from '@/lib/jobs/job-queue'
import { findActor } from './find-actor'
import { openDatabase } from './open-database'

const POLL_MS = 300

export interface ImportOptions {
  workspace: string
  user?: string
  json?: boolean
}

// Imports a file into a workspace as a member of it: --user, or else the workspace's
// first owner. The file joins the same queue as an upload; this process runs import
// workers too, so it finishes whether or not an app is running, and prints the job's
// place and progress (on stderr) until it ends.
export async function runImport(file: string, options: ImportOptions): Promise<number> {
  const bytes = new Uint8Array(
    await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(error.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${error.message}`)
    }),
  )
  const database = await openDatabase()
  try {
    const actor = await findActor(options.workspace, options.user)
    await startJobQueue(process.env.DATABASE_URL!, { mail: false })
    const workspaceId = options.workspace
    let job = await enqueueImport({ actor, workspaceId, source: { kind: 'file', filename: path.basename(file), bytes }, metadata: { title: null, author: null, publisher: null, publishedAt: null, sourceUrl: null } })
    let shown = ''
    while (!isFinished(job.status)) {
      const line = describeImportStage(job)
      if (line !== shown) process.stderr.write(`\r${(shown = line).padEnd(60)}`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      job = await findImportJob({ actor, workspaceId, jobId: job.id })
    }
    if (shown) process.stderr.write('\n')
    if (job.status === 'FAILED' || !job.document) {
      console.error(`claimtrack import: ${job.error?.message ?? 'the import failed'}`)
      return 1
    }
    const { id, title, claimCount } = job.document
    const quantityCount = await getDb().quantity.count({ where: { claim: { documentId: id } } })
    const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
    console.log(options.json ? JSON.stringify({ documentId: id, title, claimCount, quantityCount }) : `Imported “${title}” as document ${id}: ${plural(claimCount, 'claim')}, ${quantityCount === 1 ? '1 quantity' : `${quantityCount} quantities`}.`)
    return 0
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack import: ${error.message}`)
    return 1
  } finally {
    await stopJobQueue()
    await disconnectDb()
    await database.stop()
  }
}
