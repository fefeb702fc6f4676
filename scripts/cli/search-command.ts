import { disconnectDb } from '@/lib/db/client'
import { isAppError } from '@/lib/errors'
import { searchWorkspace } from '@/lib/search/search-workspace'
import { findActor } from './find-actor'
import { openDatabase } from './open-database'

export interface SearchOptions {
  workspace: string
  user?: string
  type: string[]
  limit: number
  json?: boolean
}

// The workspace search of the app (lib/search), as a member: --user, or else the
// workspace's first owner. Text: one hit per line; --json: the API's page as JSON.
export async function runSearch(query: string, options: SearchOptions): Promise<number> {
  const database = await openDatabase()
  try {
    const actor = await findActor(options.workspace, options.user)
    const page = await searchWorkspace({ actor, workspaceId: options.workspace, q: query, type: options.type, limit: options.limit })
    if (options.json) {
      console.log(JSON.stringify(page, null, 2))
      return 0
    }
    for (const hit of page.hits) {
      const snippet = hit.snippet.map((part) => (part.isMatch ? `[${part.text}]` : part.text)).join('')
      console.log(`${hit.type.padEnd(8)} ${hit.score.toFixed(3)}  ${hit.title}\n         ${snippet}\n         ${hit.href}`)
    }
    const counts = Object.entries(page.counts).map(([type, count]) => `${count}${page.isCapped[type as keyof typeof page.isCapped] ? '+' : ''} ${type}`)
    console.log(`${page.hits.length ? '' : 'No results. '}${counts.join(', ')}${page.nextCursor ? ' (more: --json gives the cursor)' : ''}`)
    return 0
  } catch (error) {
    if (!isAppError(error)) throw error
    console.error(`claimtrack search: ${error.message}`)
    return 1
  } finally {
    await disconnectDb()
    await database.stop()
  }
}
