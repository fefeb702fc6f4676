import { beforeEach, describe, expect, it } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { createDocument } from '@/lib/documents/create-document'
import { diffRevisions } from '@/lib/documents/diff-revisions'
import { findRevisions } from '@/lib/documents/find-revisions'
import { getRevision } from '@/lib/documents/get-revision'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { getDb } from '@/lib/db/client'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2023. Imports fell to $4 billion. The minister called it a triumph.'
// The edit adds a lead and drops the sentence on imports, whose claim is orphaned.
const EDITED = 'Trade news. Exports rose by 12% in 2023. The minister called it a triumph.'

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

// What saving an edit does to the rows, done by hand: a new revision; each claim that
// survives moves to it, its old anchor kept; a claim whose words are gone is orphaned.
async function simulateEdit() {
  const db = getDb()
  const base = await db.documentRevision.findFirstOrThrow({ where: { documentId, number: 1 } })
  const edited = await db.documentRevision.create({
    data: { documentId, number: 2, text: EDITED, contentHash: 'edited', source: 'edit', baseNumber: 1, createdById: owner.id },
  })
  for (const claim of await findClaims({ actor: owner, workspaceId, documentId })) {
    const start = EDITED.indexOf(claim.quote)
    if (start < 0) {
      await db.claim.update({ where: { id: claim.id }, data: { orphanedAt: new Date() } })
      continue
    }
    await db.claimAnchor.create({
      data: { claimId: claim.id, revisionId: base.id, start: claim.start, end: claim.end, quote: claim.quote, prefix: '', suffix: '', quantities: JSON.parse(JSON.stringify(claim.quantities)) },
    })
    await db.claim.update({ where: { id: claim.id }, data: { revisionId: edited.id, start, end: start + claim.quote.length } })
  }
}

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
})

const quotes = (claims: { quote: string }[]) => claims.map((claim) => claim.quote)

describe('revision history', () => {
  it('lists a single imported revision before any edit', async () => {
    const revisions = await findRevisions({ actor: owner, workspaceId, documentId })
    expect(revisions).toHaveLength(1)
    expect(revisions[0]).toMatchObject({ number: 1, source: 'paste', baseNumber: null, characters: TEXT.length, createdBy: { name: 'owner', email: owner.email } })
    const only = await diffRevisions({ actor: owner, workspaceId, documentId, number: 1 })
    expect(only).toMatchObject({ previousNumber: null, summary: { added: 0, removed: 0 } })
  })

  it('lists revisions newest first, without their texts', async () => {
    await simulateEdit()
    const revisions = await findRevisions({ actor: owner, workspaceId, documentId })
    expect(revisions.map((revision) => revision.number)).toEqual([2, 1])
    expect(revisions[0]).toMatchObject({ source: 'edit', baseNumber: 1, contentHash: 'edited', characters: EDITED.length, createdBy: { name: 'owner' } })
    expect(revisions[0]!.createdAt).toBeInstanceOf(Date)
    expect(revisions[1]).toMatchObject({ source: 'paste', baseNumber: null, characters: TEXT.length })
    expect(revisions[0]).not.toHaveProperty('text')
  })

  it('shows an older revision with its claims as they stood in it', async () => {
    const before = await findClaims({ actor: owner, workspaceId, documentId })
    await simulateEdit()
    const old = await getRevision({ actor: owner, workspaceId, documentId, number: 1 })
    expect(old).toMatchObject({ document: { title: 'Trade' }, isLatest: false, latestNumber: 2, revision: { number: 1, text: TEXT, source: 'paste' } })
    // Every claim the first revision had, the orphaned one included, at its old offsets.
    expect(quotes(old.claims)).toEqual(quotes(before))
    expect(quotes(old.claims).some((quote) => quote.startsWith('Imports'))).toBe(true)
    for (const claim of old.claims) {
      expect(TEXT.slice(claim.start, claim.end)).toBe(claim.quote)
      expect(claim.revisionId).toBe(old.revision.id)
      expect(claim.quantities).toEqual(before.find((earlier) => earlier.id === claim.id)!.quantities)
    }
  })

  it('shows the latest revision with its live claims only', async () => {
    await simulateEdit()
    const latest = await getRevision({ actor: owner, workspaceId, documentId, number: '2' })
    expect(latest).toMatchObject({ isLatest: true, latestNumber: 2, revision: { number: 2, text: EDITED, source: 'edit', baseNumber: 1, createdBy: { name: 'owner' } } })
    expect(quotes(latest.claims).some((quote) => quote.startsWith('Imports'))).toBe(false)
    expect(latest.claims.length).toBeGreaterThan(0)
    for (const claim of latest.claims) expect(EDITED.slice(claim.start, claim.end)).toBe(claim.quote)
  })

  it('keeps a claim in the revision it stood in after it is superseded', async () => {
    await simulateEdit()
    const exports = (await findClaims({ actor: owner, workspaceId, documentId })).find((claim) => claim.quote.startsWith('Exports'))!
    await getDb().claim.update({ where: { id: exports.id }, data: { supersededAt: new Date() } })
    const [old, latest] = await Promise.all([1, 2].map((number) => getRevision({ actor: owner, workspaceId, documentId, number })))
    expect(old!.claims.map((claim) => claim.id)).toContain(exports.id)
    expect(latest!.claims.map((claim) => claim.id)).not.toContain(exports.id)
  })

  it('reads both sides of an edit saved through the editor service', async () => {
    const before = await findClaims({ actor: owner, workspaceId, documentId })
    await saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: documentFromBlocks(EDITED, null) })
    expect((await findRevisions({ actor: owner, workspaceId, documentId })).map((revision) => [revision.number, revision.source])).toEqual([
      [2, 'edit'],
      [1, 'paste'],
    ])
    const [old, latest] = await Promise.all([1, 2].map((number) => getRevision({ actor: owner, workspaceId, documentId, number })))
    expect(quotes(old!.claims)).toEqual(quotes(before))
    for (const claim of old!.claims) expect(TEXT.slice(claim.start, claim.end)).toBe(claim.quote)
    expect(quotes(latest!.claims).some((quote) => quote.startsWith('Imports'))).toBe(false)
    for (const claim of latest!.claims) expect(EDITED.slice(claim.start, claim.end)).toBe(claim.quote)
  })

  it('diffs a revision against the one before it, word by word', async () => {
    await simulateEdit()
    const diff = await diffRevisions({ actor: owner, workspaceId, documentId, number: 2 })
    expect(diff).toMatchObject({ number: 2, previousNumber: 1, summary: { added: 2, removed: 5 } })
    expect(diff.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', text: 'Trade news. ' },
      { kind: 'removed', text: 'Imports fell to $4 billion. ' },
    ])
  })

  it('hides every revision from a member of another workspace', async () => {
    await simulateEdit()
    const stranger = await createUser('stranger')
    await expectAppError(findRevisions({ actor: stranger, workspaceId, documentId }), 'NOT_FOUND')
    await expectAppError(getRevision({ actor: stranger, workspaceId, documentId, number: 1 }), 'NOT_FOUND')
    await expectAppError(diffRevisions({ actor: stranger, workspaceId, documentId, number: 2 }), 'NOT_FOUND')
    // Nor does naming their own workspace with our document id reach it.
    const own = stranger.workspaceId
    await expectAppError(findRevisions({ actor: stranger, workspaceId: own, documentId }), 'NOT_FOUND')
    await expectAppError(getRevision({ actor: stranger, workspaceId: own, documentId, number: 1 }), 'NOT_FOUND')
    await expectAppError(diffRevisions({ actor: stranger, workspaceId: own, documentId, number: 2 }), 'NOT_FOUND')
  })

  it('refuses a revision number that is not a positive whole number, and does not find a missing one', async () => {
    for (const number of [0, -1, 1.5, 'abc', '', 2 ** 31]) {
      const error = await expectAppError(getRevision({ actor: owner, workspaceId, documentId, number }), 'INVALID_INPUT')
      expect(error.fields.map((field) => field.field)).toEqual(['number'])
    }
    await expectAppError(getRevision({ actor: owner, workspaceId, documentId, number: 3 }), 'NOT_FOUND')
    await expectAppError(diffRevisions({ actor: owner, workspaceId, documentId, number: 3 }), 'NOT_FOUND')
  })
})
