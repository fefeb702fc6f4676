import { beforeEach, describe, expect, it } from 'vitest'
import { createClaim } from '@/lib/claims/create-claim'
import { createComment } from '@/lib/comments/create-comment'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { exportW3cAnnotations } from '@/lib/interchange/export-w3c-annotations'
import { importW3cAnnotations } from '@/lib/interchange/import-w3c-annotations'
import { addMember } from '../support/members'
import { createWorkspace } from '@/lib/workspaces/create-workspace'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Trade reached over $110 billion in 2024, up from $8 billion in 2014.\nThe minister called it a triumph of cooperation.\nOver 15,000 sanctions have been imposed since 2022.'

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  ;[owner, reviewer] = await Promise.all([createUser('owner'), createUser('reviewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
  const triumph = TEXT.indexOf('a triumph of cooperation')
  await createClaim({ actor: owner, workspaceId, documentId, start: TEXT.indexOf('called it'), end: triumph + 'a triumph'.length, kind: 'OPINION' })
  await createComment({ actor: reviewer, workspaceId, documentId, body: 'Whose words are these?', start: triumph, end: triumph + 'a triumph'.length })
})

const spansOf = async (workspace: string, document: string) => {
  const claims = await getDb().claim.findMany({ where: { workspaceId: workspace, documentId: document, dismissedAt: null }, select: { start: true, end: true, quote: true, kind: true } })
  return claims.map(({ start, end, quote, kind }) => ({ start, end, quote, kind })).sort((a, b) => a.start - b.start)
}
const counts = async (workspace: string) => ({ claims: await getDb().claim.count({ where: { workspaceId: workspace } }), comments: await getDb().comment.count({ where: { workspaceId: workspace } }), activity: await getDb().activityEvent.count({ where: { workspaceId: workspace } }) })

// A copy of the document in another workspace, with its own extracted claims put
// aside, so that everything the import makes is new.
async function copyOfDocument(text: string) {
  const other = await createWorkspace({ actor: owner, name: 'Copy desk' })
  const copyId = (await createDocument({ actor: owner, workspaceId: other.id, title: 'Trade (copy)', text })).id
  await getDb().claim.updateMany({ where: { documentId: copyId }, data: { dismissedAt: new Date() } })
  return { workspaceId: other.id, documentId: copyId }
}

describe('W3C Web Annotation export and import', () => {
  it('exports the current claims and anchored comments, and an import onto a copy gives the same spans', async () => {
    const collection = await exportW3cAnnotations({ actor: reviewer, workspaceId, documentId, baseUrl: 'https://ct.example' })
    const original = await spansOf(workspaceId, documentId)
    expect(collection.total).toBe(original.length + 1)
    expect(collection.first.items.filter((item) => item.motivation === 'commenting')).toHaveLength(1)
    expect(collection.first.items[0]!.target.source).toBe(`https://ct.example/w/${workspaceId}/documents/${documentId}`)

    const copy = await copyOfDocument(TEXT)
    const imported = await importW3cAnnotations({ actor: owner, ...copy, collection: JSON.parse(JSON.stringify(collection)) })
    expect(imported.results.map((result) => result.status).sort()).toEqual([...original.map(() => 'claim'), 'comment'].sort())
    const copied = (await spansOf(copy.workspaceId, copy.documentId)).filter((claim) => imported.results.some((result) => result.start === claim.start && result.end === claim.end))
    expect(copied).toEqual(original)
    const comment = await getDb().comment.findFirstOrThrow({ where: { documentId: copy.documentId } })
    expect(comment).toMatchObject({ body: 'Whose words are these?', quote: 'a triumph', authorId: owner.id, start: TEXT.indexOf('a triumph') })
    const claimIds = imported.results.flatMap((result) => (result.claimId ? [result.claimId] : []))
    expect(await getDb().claim.count({ where: { id: { in: claimIds }, origin: 'MANUAL', createdById: owner.id } })).toBe(original.length)
    expect(await getDb().activityEvent.count({ where: { workspaceId: copy.workspaceId, action: 'claim.created', claimId: { in: claimIds } } })).toBe(original.length)

    // imported again, the claims are there already and only the comment is new
    const again = await importW3cAnnotations({ actor: owner, ...copy, collection })
    expect(again.results.filter((result) => result.status === 'existing')).toHaveLength(original.length)
  })

  it('places annotations on a text edited since, by quote and context, and orphans what changed', async () => {
    const collection = await exportW3cAnnotations({ actor: owner, workspaceId, documentId })
    const edited = 'A new first paragraph pushes everything down.\n' + TEXT.replace('Over 15,000 sanctions', 'Over 16,000 sanctions')
    const copy = await copyOfDocument(edited)
    const { results } = await importW3cAnnotations({ actor: owner, ...copy, collection })
    const shift = 'A new first paragraph pushes everything down.\n'.length
    for (const result of results) {
      const item = collection.first.items.find((annotation) => annotation.id === result.id)!
      const [quote, position] = item.target.selector
      if (quote.exact.includes('15,000')) expect(result.status).toBe('orphaned')
      else expect(result, quote.exact).toMatchObject({ start: position.start + shift, end: position.end + shift })
    }
  })

  it('refuses a malformed collection with the path of each problem, writing nothing', async () => {
    const collection = JSON.parse(JSON.stringify(await exportW3cAnnotations({ actor: owner, workspaceId, documentId })))
    collection.first.items[1].target.selector = [{ type: 'TextPositionSelector', start: 4, end: 2 }]
    delete collection.first.items[2].target
    const copy = await copyOfDocument(TEXT)
    const before = await counts(copy.workspaceId)
    const error = await expectAppError(importW3cAnnotations({ actor: owner, ...copy, collection }), 'INVALID_INPUT')
    expect(error.fields.map((field) => field.field)).toEqual(['first.items.1.target.selector.0.end', 'first.items.1.target.selector', 'first.items.2.target'])
    expect(await counts(copy.workspaceId)).toEqual(before)
    await expectAppError(importW3cAnnotations({ actor: owner, ...copy, collection: { type: 'AnnotationPage', items: [] } }), 'INVALID_INPUT')
  })

  it('marks annotations it cannot use, needs claim.edit, and keeps foreign documents out', async () => {
    const collection = { type: 'AnnotationCollection', first: { items: [
      { type: 'Annotation', motivation: 'highlighting', target: { selector: { type: 'TextQuoteSelector', exact: 'triumph' } } },
      { type: 'Annotation', motivation: 'commenting', body: [], target: { selector: { type: 'TextQuoteSelector', exact: 'triumph' } } },
      { id: 'x', type: 'Annotation', motivation: ['commenting'], body: 'https://example.org/iri', target: [{ source: 'https://example.org', selector: [{ type: 'XPathSelector', value: '/p[1]' }, { type: 'TextQuoteSelector', exact: 'triumph', prefix: 'called it a ', suffix: ' of' }] }] },
    ] } }
    const { results } = await importW3cAnnotations({ actor: owner, workspaceId, documentId, collection })
    expect(results.map((result) => [result.id, result.status])).toEqual([['#0', 'invalid'], ['#1', 'invalid'], ['x', 'invalid']])
    expect(results[0]!.reason).toMatch(/highlighting/)
    await expectAppError(importW3cAnnotations({ actor: reviewer, workspaceId, documentId, collection }), 'FORBIDDEN')
    const outsider = await createUser('outsider')
    await expectAppError(importW3cAnnotations({ actor: outsider, workspaceId: outsider.workspaceId, documentId, collection }), 'NOT_FOUND')
    await expectAppError(exportW3cAnnotations({ actor: outsider, workspaceId, documentId }), 'NOT_FOUND')
  })
})
