import { describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { countQueries } from '@/lib/db/query-counter'
import { createDocument } from '@/lib/documents/create-document'
import { buildDocumentView, type DocumentView } from '@/lib/documents/find-document-view'
import { findDocumentPage } from '@/lib/documents/find-document-page'
import { createUser } from '../support/users'

// What the document page loads (components/documents/document-page.tsx): the reader's
// part, then the view of the text, claims and comments, read afresh as after a change.
async function loadDocumentPage(input: { actor: Actor; workspaceId: string; documentId: string }) {
  await findDocumentPage(input)
  const view = await buildDocumentView(input)
  return JSON.parse(Buffer.from(view.body).toString('utf8')) as DocumentView
}

const article = (sentences: number) => Array.from({ length: sentences }, (_, index) => `Exports to market ${index + 1} rose by ${index + 2}% in 2024, to $${index + 3} billion.`).join('\n')

describe('the document page', () => {
  it('runs the same bounded number of queries for 5 claims as for 300', async () => {
    const owner = await createUser('owner')
    const counts: number[] = []
    for (const sentences of [5, 300]) {
      const { id: documentId } = await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: `Trade ${sentences}`, text: article(sentences) })
      const { result, queries } = await countQueries(() => loadDocumentPage({ actor: owner, workspaceId: owner.workspaceId, documentId }))
      expect(result.claims).toHaveLength(sentences)
      counts.push(queries)
    }
    expect(counts[0]).toBe(counts[1])
    expect(counts[1]).toBeLessThanOrEqual(10)
  })

  it('needs no membership queries once the request has read the actor with their roles', async () => {
    const owner = await createUser('owner')
    const { id: documentId } = await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Trade', text: article(5) })
    const actor = (await loadActor(owner.id))!
    expect(actor.roles?.get(owner.workspaceId)).toBe('OWNER')
    const page = { workspaceId: owner.workspaceId, documentId }
    const checkingEach = (await countQueries(() => loadDocumentPage({ ...page, actor: owner }))).queries
    const withRoles = (await countQueries(() => loadDocumentPage({ ...page, actor }))).queries
    // Each service checked the membership: the two headers in parallel in one statement
    // (Prisma batches findUnique calls made in the same tick), the version alone, and
    // the three reads of the view in parallel in one.
    expect(checkingEach - withRoles).toBe(3)
  })
})
