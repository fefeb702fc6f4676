import { beforeEach, describe, expect, it } from 'vitest'
import { acknowledgeTextChange } from '@/lib/claims/acknowledge-text-change'
import { findClaims } from '@/lib/claims/find-claims'
import { reattachClaim } from '@/lib/claims/reattach-claim'
import { splitClaim } from '@/lib/claims/split-claim'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { mergeRevision } from '@/lib/documents/merge-revision'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const LINES = ['Exports rose by 12% in 2023.', 'Imports fell to $4 billion last year.', 'The minister called it a triumph of planning.']

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: LINES.join('\n') })).id
})

// The editor document of these lines, as the browser would send it.
const edit = (lines: string[], baseNumber = 1) => saveRevision({ actor: owner, workspaceId, documentId, baseNumber, content: documentFromBlocks(lines.join('\n'), null) })
const claims = () => findClaims({ actor: owner, workspaceId, documentId })
const claimWith = async (fragment: string) => (await claims()).find((claim) => claim.quote.includes(fragment))!
const revisionCount = () => getDb().documentRevision.count({ where: { documentId } })

describe('saving an edit', () => {
  it('makes the next revision, keeps the old text and moves every claim with its figures', async () => {
    const before = await claimWith('$4 billion')
    const inserted = 'A new opening line without figures.'
    const saved = await edit([inserted, ...LINES])
    expect(saved.revision.number).toBe(2)
    expect(saved.summary).toMatchObject({ orphaned: 0, changed: 0 })
    expect(saved.summary!.moved).toBeGreaterThanOrEqual(2)

    const after = await claimWith('$4 billion')
    const shift = inserted.length + 1
    expect(after).toMatchObject({ id: before.id, start: before.start + shift, end: before.end + shift, quote: before.quote, isOrphaned: false, textChange: null })
    expect(after.quantities.map((quantity) => quantity.start)).toEqual(before.quantities.map((quantity) => quantity.start + shift))
    const revisions = await getDb().documentRevision.findMany({ where: { documentId }, orderBy: { number: 'asc' } })
    expect(revisions.map((revision) => [revision.number, revision.source, revision.baseNumber])).toEqual([
      [1, 'paste', null],
      [2, 'edit', 1],
    ])
    expect(revisions[0]!.text).toBe(LINES.join('\n'))
    expect(after.revisionId).toBe(revisions[1]!.id)
    // Where the claim stood in revision 1 is kept, figures and all.
    const past = await getDb().claimAnchor.findFirstOrThrow({ where: { claimId: before.id } })
    expect(past).toMatchObject({ revisionId: revisions[0]!.id, start: before.start, quote: before.quote })
    expect(past.quantities).toEqual(JSON.parse(JSON.stringify(before.quantities)))
    const logged = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: documentId, action: 'document.edited' } })
    expect(logged.after).toMatchObject({ revision: 2, orphaned: 0 })
  })

  it('flags a claim whose number changed, sends a verified claim back to review and reads the new figure', async () => {
    const claim = await claimWith('$4 billion')
    await getDb().claim.update({ where: { id: claim.id }, data: { status: 'VERIFIED' } })
    const saved = await edit([LINES[0]!, 'Imports fell to $5 billion last year.', LINES[2]!])
    expect(saved.summary).toMatchObject({ changed: 1, orphaned: 0 })

    const after = await claimWith('billion')
    expect(after).toMatchObject({ id: claim.id, quote: 'Imports fell to $5 billion last year.', status: 'IN_REVIEW', textChange: { previousQuote: claim.quote } })
    expect(after.quantities[0]).toMatchObject({ value: '5000000000', unit: 'XDL' })
    expect(after.version).toBe(claim.version + 1)
    const event = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: claim.id, action: 'claim.textChanged' } })
    expect(event.before).toMatchObject({ quote: claim.quote, status: 'VERIFIED' })

    await acknowledgeTextChange({ actor: owner, workspaceId, claimId: claim.id, version: after.version })
    expect((await claimWith('billion')).textChange).toBeNull()
    await expectAppError(acknowledgeTextChange({ actor: owner, workspaceId, claimId: claim.id }), 'INVALID_INPUT')
  })

  it('orphans a claim whose words were deleted, keeps its last quote, and lets an editor re-attach it', async () => {
    const claim = await claimWith('minister')
    const saved = await edit([LINES[0]!, LINES[1]!, 'Officials were quietly pleased with the result.'])
    expect(saved.summary!.orphaned).toBe(1)
    const orphan = await claimWith('minister')
    expect(orphan).toMatchObject({ id: claim.id, isOrphaned: true, quote: claim.quote, revisionId: claim.revisionId })
    await expectAppError(splitClaim({ actor: owner, workspaceId, claimId: claim.id, at: claim.start + 3 }), 'INVALID_INPUT')

    const text = [LINES[0], LINES[1], 'Officials were quietly pleased with the result.'].join('\n')
    const start = text.indexOf('Officials')
    await expectAppError(reattachClaim({ actor: owner, workspaceId, claimId: claim.id, start, end: text.length + 5 }), 'INVALID_INPUT')
    await reattachClaim({ actor: owner, workspaceId, claimId: claim.id, start, end: text.length, version: orphan.version })
    const reattached = (await claims()).find((candidate) => candidate.id === claim.id)!
    expect(reattached).toMatchObject({ isOrphaned: false, quote: 'Officials were quietly pleased with the result.', textChange: { previousQuote: claim.quote } })
    await expectAppError(reattachClaim({ actor: owner, workspaceId, claimId: claim.id, start, end: text.length }), 'INVALID_INPUT')
  })

  it('reads the claims of sentences the edit added', async () => {
    const saved = await edit([...LINES, 'Tariffs rose to 25% in March.'])
    expect(saved.summary!.added).toBe(1)
    expect(await claimWith('Tariffs')).toMatchObject({ kind: 'STATISTIC', quantities: [{ value: '25', unit: 'percent' }] })
  })

  it('writes nothing when the text and its formatting are unchanged', async () => {
    const saved = await edit(LINES)
    expect(saved).toMatchObject({ isUnchanged: true, revision: { number: 1 } })
    expect(await revisionCount()).toBe(1)
  })
})

describe('concurrent edits', () => {
  it('gives the second of two saves on the same revision a conflict, and a merge keeping both edits', async () => {
    const [first, second] = await Promise.allSettled([edit(['Headline one.', ...LINES]), edit([...LINES, 'Closing remark two.'])])
    const outcomes = [first.status, second.status].sort()
    expect(outcomes).toEqual(['fulfilled', 'rejected'])
    expect(await revisionCount()).toBe(2)

    const latest = await getDb().documentRevision.findFirstOrThrow({ where: { documentId, number: 2 } })
    const mine = latest.text.startsWith('Headline one.') ? [...LINES, 'Closing remark two.'] : ['Headline one.', ...LINES]
    const error = await expectAppError(edit(mine, 1), 'CONFLICT')
    expect(error.details).toEqual({ latestNumber: '2' })

    const merge = await mergeRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: documentFromBlocks(mine.join('\n'), null) })
    expect(merge.merged.conflicts).toBe(0)
    expect(merge.merged.text).toBe(['Headline one.', ...LINES, 'Closing remark two.'].join('\n'))
    expect(merge.theirs.number).toBe(2)
    const saved = await saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 2, content: merge.merged.content })
    expect(saved.revision.number).toBe(3)
  })

  it('keeps both sides of a conflicting change to the same line', async () => {
    await edit([LINES[0]!, 'Imports fell to $3 billion last year.', LINES[2]!])
    const mine = [LINES[0]!, 'Imports fell to $6 billion last year.', LINES[2]!]
    const merge = await mergeRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: documentFromBlocks(mine.join('\n'), null) })
    expect(merge.merged.conflicts).toBe(1)
    expect(merge.merged.text).toContain('$3 billion')
    expect(merge.merged.text).toContain('$6 billion')
  })
})

describe('bad edits', () => {
  const base = () => documentFromBlocks(LINES.join('\n'), null)

  it('refuses unknown nodes, script links, an empty document and a huge one, writing nothing', async () => {
    const withImage = { ...base(), content: [...base().content, { type: 'image', attrs: { src: 'x.png' } }] }
    const unknown = await expectAppError(saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: withImage }), 'INVALID_INPUT')
    expect(unknown.message).toMatch(/image/)

    const scriptLink = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }
    const script = await expectAppError(saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: scriptLink }), 'INVALID_INPUT')
    expect(script.message).toMatch(/href|URL|link/i)

    await expectAppError(saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: { type: 'doc', content: [{ type: 'paragraph' }] } }), 'INVALID_INPUT')
    const huge = Array.from({ length: 20_000 }, (_, index) => `Line ${index} of a very long article that keeps going on.`)
    const tooLarge = await expectAppError(edit(huge), 'PAYLOAD_TOO_LARGE')
    expect(tooLarge.message).toMatch(/1 MB/)
    await expectAppError(saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 0, content: base() }), 'INVALID_INPUT')
    await expectAppError(saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 7, content: base() }), 'CONFLICT')
    expect(await revisionCount()).toBe(1)
  })

  it('lets only editors save, and hides the document from other workspaces', async () => {
    const reviewer = await createUser('reviewer')
    await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
    await expectAppError(saveRevision({ actor: reviewer, workspaceId, documentId, baseNumber: 1, content: base() }), 'FORBIDDEN')
    const stranger = await createUser('stranger')
    await expectAppError(saveRevision({ actor: stranger, workspaceId, documentId, baseNumber: 1, content: base() }), 'NOT_FOUND')
    await expectAppError(saveRevision({ actor: stranger, workspaceId: stranger.workspaceId, documentId, baseNumber: 1, content: base() }), 'NOT_FOUND')
    expect(await revisionCount()).toBe(1)
  })
})
