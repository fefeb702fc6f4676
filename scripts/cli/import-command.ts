import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { disconnectDb, getDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { describeImportStage, isFinished } from '@/lib/jobs/import-job-view'
import { enqueueImport, findImportJob } from '@/lib/jobs/import-jobs'
import { startJobQueue, stopJobQueue } from '@/lib/jobs/job-queue'
import { findActor } from './find-actor'
import { parseFlags } from './read-input'

const POLL_MS = 300

// Imports a file into a workspace of DATABASE_URL, as a member of it: --user, or
// else the workspace's first owner. The file joins the same queue as an upload; this
// process runs import workers too, so it finishes whether or not an app is running,
// and prints the job's place and progress until it ends.
export async function runImport(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, ['workspace', 'user'])
  const [file] = positional
  if (!file || typeof flags.workspace !== 'string') throw new Error('usage: claimtrack import <file> --workspace <id> [--user <email>]')
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: point it at the Claimtrack database')
  try {
    const actor = await findActor(flags.workspace, typeof flags.user === 'string' ? flags.user : undefined)
    const bytes = new Uint8Array(await readFile(file))
    await startJobQueue(process.env.DATABASE_URL, { mail: false })
    let job = await enqueueImport({ actor, workspaceId: flags.workspace, source: { kind: 'file', filename: path.basename(file), bytes }, metadata: { title: null, author: null, publisher: null, publishedAt: null, sourceUrl: null } })
    let shown = ''
    while (!isFinished(job.status)) {
      const line = describeImportStage(job)
      if (line !== shown) process.stderr.write(`\r${(shown = line).padEnd(60)}`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      job = await findImportJob({ actor, workspaceId: flags.workspace, jobId: job.id })
    }
    if (shown) process.stderr.write('\n')
    if (job.status === 'FAILED' || !job.document) {
      console.error(`claimtrack import: ${job.error?.message ?? 'the import failed'}`)
      return 1
    }
    const quantityCount = await getDb().quantity.count({ where: { claim: { documentId: job.document.id } } })
    const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
    console.log(`Imported “${job.document.title}” as document ${job.document.id}: ${plural(job.document.claimCount, 'claim')}, ${quantityCount === 1 ? '1 quantity' : `${quantityCount} quantities`}.`)
    return 0
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack import: ${error.message}`)
    return 1
  } finally {
    await stopJobQueue()
    await disconnectDb()
  }
}

