import { disconnectDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { importWorkspaceJson } from '@/lib/interchange/import-workspace-json'
import { findActor } from './find-actor'
import { parseFlags } from './read-input'

// Restores a full JSON export into an empty workspace of DATABASE_URL, as its owner:
// --user (or --as) names one, else the workspace's first owner. Nothing is written
// unless all of it can be; each problem is printed with its JSON path.
export async function runImportJson(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, ['workspace', 'user', 'as'])
  const [file] = positional
  if (!file || positional.length > 1 || typeof flags.workspace !== 'string') throw new Error('usage: claimtrack import-json FILE --workspace <id> [--user <email>]')
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: point it at the Claimtrack database')
  const email = typeof flags.user === 'string' ? flags.user : typeof flags.as === 'string' ? flags.as : undefined
  try {
    const actor = await findActor(flags.workspace, email)
    const summary = await importWorkspaceJson({ actor, workspaceId: flags.workspace, source: { path: file } })
    const { membersAdded, mappedToImporter, ...counts } = summary
    console.log(`Imported ${Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ')}.`)
    if (membersAdded.length) console.log(`Added as members: ${membersAdded.join(', ')}.`)
    if (mappedToImporter.length) console.log(`No account for ${mappedToImporter.join(', ')}: what they did is attributed to ${actor.email}.`)
    return 0
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack import-json: ${error.fields.length ? 'the file was not imported' : error.message}`)
    for (const field of error.fields) console.error(`  ${field.field}: ${field.message}`)
    return 1
  } finally {
    await disconnectDb()
  }
}
