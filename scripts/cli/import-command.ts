import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { disconnectDb } from '@/lib/db/client'
import { prepareImport } from '@/lib/documents/prepare-import'
import { saveImport } from '@/lib/documents/save-import'
import { isAppError } from '@/lib/errors'
import { findActor } from './find-actor'
import { parseFlags } from './read-input'

// Imports a file into a workspace of DATABASE_URL, as a member of it: --user, or
// else the workspace's first owner. The same checks and transaction as an upload.
export async function runImport(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, ['workspace', 'user'])
  const [file] = positional
  if (!file || typeof flags.workspace !== 'string') throw new Error('usage: claimtrack import <file> --workspace <id> [--user <email>]')
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: point it at the Claimtrack database')
  try {
    const actor = await findActor(flags.workspace, typeof flags.user === 'string' ? flags.user : undefined)
    const bytes = new Uint8Array(await readFile(file))
    const prepared = await prepareImport({ actor, workspaceId: flags.workspace, source: { kind: 'file', filename: path.basename(file), bytes }, metadata: { title: null, author: null, publisher: null, publishedAt: null, sourceUrl: null } })
    const document = await saveImport({ actor, prepared, onProgress: ({ done, total }) => process.stderr.write(`\rExtracting… ${Math.round((done / total) * 100)}%`) })
    process.stderr.write('\n')
    const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
    console.log(`Imported “${document.title}” as document ${document.id}: ${plural(document.claimCount, 'claim')}, ${document.quantityCount === 1 ? '1 quantity' : `${document.quantityCount} quantities`}.`)
    return 0
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack import: ${error.message}`)
    return 1
  } finally {
    await disconnectDb()
  }
}
