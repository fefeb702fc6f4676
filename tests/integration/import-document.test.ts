import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { prepareImport } from '@/lib/documents/prepare-import'
import { saveImport } from '@/lib/documents/save-import'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const NO_METADATA = { title: null, author: null, publisher: null, publishedAt: null, sourceUrl: null }
const seedBytes = async () => new Uint8Array(await readFile('prisma/seed/china-russia-ai-cooperation.txt'))

async function importSeed(actor: Awaited<ReturnType<typeof createUser>>) {
  const progress: number[] = []
  const prepared = await prepareImport({ actor, workspaceId: actor.workspaceId, source: { kind: 'file', filename: 'article.txt', bytes: await seedBytes() }, metadata: NO_METADATA, onProgress: ({ done, total }) => progress.push(done / total) })
  const saved = await saveImport({ actor, prepared })
  return { saved, progress }
}

describe('importing the seed article', () => {
  it('stores its claims and exact quantities against revision 1, with W3C selectors', async () => {
    const owner = await createUser('owner')
    const { saved, progress } = await importSeed(owner)
    expect(progress.at(-1)).toBe(1)
    const revision = await getDb().documentRevision.findFirstOrThrow({ where: { documentId: saved.id } })
    expect(revision).toMatchObject({ number: 1, source: 'txt' })
    const claims = await getDb().claim.findMany({ where: { documentId: saved.id }, include: { quantities: true }, orderBy: { start: 'asc' } })
    expect(claims.length).toBe(saved.claimCount)
    for (const claim of claims) {
      expect(revision.text.slice(claim.start, claim.end)).toBe(claim.quote)
      expect(revision.text.slice(Math.max(0, claim.start - claim.prefix.length), claim.start)).toBe(claim.prefix)
      expect(revision.text.slice(claim.end, claim.end + claim.suffix.length)).toBe(claim.suffix)
      for (const quantity of claim.quantities) expect(revision.text.slice(quantity.start, quantity.end)).toBe(quantity.text)
    }
    const figures = claims.flatMap((claim) => claim.quantities.map((quantity) => `${quantity.value.toFixed()} ${quantity.unit}`))
    expect(figures).toEqual(expect.arrayContaining(['8000000000 XDL', '110000000000 XDL', '15300000000 XDL', '1 rank', '20000000 count', '4000000 count', '15000 count']))
    const change = claims.find((claim) => claim.quote.includes('from $8 billion'))
    expect(change?.derived).toEqual([expect.objectContaining({ ratio: '13.75', years: 10 })])
    const event = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: saved.id, action: 'document.created' } })
    expect(event.after).toMatchObject({ source: 'txt', claims: saved.claimCount })
  })

  it('answers a second import of the same text with the existing document, writing nothing', async () => {
    const owner = await createUser('owner')
    const { saved } = await importSeed(owner)
    const before = await getDb().document.count({ where: { workspaceId: owner.workspaceId } })
    const error = await expectAppError(importSeed(owner), 'CONFLICT')
    expect(error.details).toEqual({ existingDocumentId: saved.id })
    expect(await getDb().document.count({ where: { workspaceId: owner.workspaceId } })).toBe(before)
  })

  it('is refused to reviewers and to other workspaces', async () => {
    const owner = await createUser('owner')
    const reviewer = await createUser('reviewer')
    await addMember({ actor: owner, workspaceId: owner.workspaceId, email: reviewer.email, role: 'REVIEWER' })
    const source = { kind: 'file' as const, filename: 'a.txt', bytes: await seedBytes() }
    await expectAppError(prepareImport({ actor: reviewer, workspaceId: owner.workspaceId, source, metadata: NO_METADATA }), 'FORBIDDEN')
    const stranger = await createUser('stranger')
    await expectAppError(prepareImport({ actor: stranger, workspaceId: owner.workspaceId, source, metadata: NO_METADATA }), 'NOT_FOUND')
  })

  it('refuses an empty or binary file before writing anything', async () => {
    const owner = await createUser('owner')
    const empty = { kind: 'file' as const, filename: 'empty.txt', bytes: new Uint8Array() }
    await expectAppError(prepareImport({ actor: owner, workspaceId: owner.workspaceId, source: empty, metadata: NO_METADATA }), 'INVALID_INPUT')
    const png = { kind: 'file' as const, filename: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) }
    await expectAppError(prepareImport({ actor: owner, workspaceId: owner.workspaceId, source: png, metadata: NO_METADATA }), 'INVALID_INPUT')
    expect(await getDb().document.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
  })
})
