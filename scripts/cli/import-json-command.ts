import { disconnectDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { importWorkspaceJson } from '@/lib/interchange/import-workspace-json'
import { findActor } from './find-actor'
import { openDatabase } from './open-database'

export interface ImportJsonOptions {
  workspace: string
  user?: string
  json?: boolean
}

// Restores a full JSON export into an empty workspace, as its owner: --user names one,
// else the workspace's first owner. Nothing is written unless all of it can be; each
// problem is printed with its JSON path.
export async function runImportJson(file: string, options: ImportJsonOptions): Promise<number> {
  const database = await openDatabase()
  try {
    const actor = await findActor(options.workspace, options.user)
    const summary = await importWorkspaceJson({ actor, workspaceId: options.workspace, source: { path: file } })
    if (options.json) {
      console.log(JSON.stringify(summary))
      return 0
    }
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
    await database.stop()
  }
}
