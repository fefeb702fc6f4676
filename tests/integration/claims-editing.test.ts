import { beforeEach, describe, expect, it } from 'vitest'
import { createClaim } from '@/lib/claims/create-claim'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { findClaims, toClaimView } from '@/lib/claims/find-claims'
import { mergeClaims } from '@/lib/claims/merge-claims'
import { retypeClaim } from '@/lib/claims/retype-claim'
import { splitClaim } from '@/lib/claims/split-claim'
import { toQuantityView } from '@/lib/claims/quantity-view'
import { createDocument } from '@/lib/documents/create-document'
import { getDb } from '@/lib/db/client'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2023. Imports fell to $4 billion. The minister called it a triumph.'

let owner: Awaited<ReturnType<typeof createUser>>
let documentId: string
let workspaceId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
})

const current = () => findClaims({ actor: owner, workspaceId, documentId })
const claimAt = async (fragment: string) => (await current()).find((claim) => claim.quote.includes(fragment))!

describe('editing extracted claims', () => {
  it('re-types and dismisses a claim, keeping it and logging both', async () => {
    const claim = await claimAt('minister')
    const kind = claim.kind === 'OPINION' ? 'PREDICTION' : 'OPINION'
    await retypeClaim({ actor: owner, workspaceId, claimId: claim.id, kind, version: claim.version })
    await setClaimDismissed({ actor: owner, workspaceId, claimId: claim.id, isDismissed: true })
    const after = await claimAt('minister')
    expect(after).toMatchObject({ kind, isDismissed: true, version: claim.version + 2 })
    const actions = await getDb().activityEvent.findMany({ where: { subjectId: claim.id }, orderBy: { id: 'asc' } })
    expect(actions.map((event) => event.action)).toEqual(['claim.retyped', 'claim.dismissed'])
  })

  it('refuses a stale version with a conflict, changing nothing', async () => {
    const claim = await claimAt('Exports')
    await retypeClaim({ actor: owner, workspaceId, claimId: claim.id, kind: 'COMPARISON', version: claim.version })
    await expectAppError(retypeClaim({ actor: owner, workspaceId, claimId: claim.id, kind: 'OPINION', version: claim.version }), 'CONFLICT')
    expect((await claimAt('Exports')).kind).toBe('COMPARISON')
  })

  it('merges two claims into one over their joint span, keeping the originals as superseded', async () => {
    const [first, second] = [await claimAt('Exports'), await claimAt('Imports')]
    const { id } = await mergeClaims({ actor: owner, workspaceId, claimIds: [first.id, second.id] })
    const merged = (await current()).find((claim) => claim.id === id)!
    expect(merged.quote).toBe('Exports rose by 12% in 2023. Imports fell to $4 billion.')
    expect(merged.origin).toBe('MERGED')
    expect(merged.quantities.map((quantity) => `${quantity.value} ${quantity.unit}`)).toEqual(['12 percent', '4000000000 XDL'])
    expect(await getDb().claim.count({ where: { id: { in: [first.id, second.id] }, supersededAt: { not: null } } })).toBe(2)
    // Once merged, they cannot be merged again; nor can a claim be merged with itself.
    await expectAppError(mergeClaims({ actor: owner, workspaceId, claimIds: [first.id, second.id] }), 'NOT_FOUND')
    await expectAppError(mergeClaims({ actor: owner, workspaceId, claimIds: [id, id] }), 'INVALID_INPUT')
  })

  it('splits a claim at an offset, trimming the whitespace at the cut', async () => {
    const merged = await mergeClaims({ actor: owner, workspaceId, claimIds: [(await claimAt('Exports')).id, (await claimAt('Imports')).id] })
    const { ids } = await splitClaim({ actor: owner, workspaceId, claimId: merged.id, at: TEXT.indexOf(' Imports') })
    const parts = (await current()).filter((claim) => ids.includes(claim.id)).map((claim) => claim.quote)
    expect(parts).toEqual(['Exports rose by 12% in 2023.', 'Imports fell to $4 billion.'])
    await expectAppError(splitClaim({ actor: owner, workspaceId, claimId: ids[0]!, at: 0 }), 'INVALID_INPUT')
  })

  it('adds a claim from a selection, and refuses empty or out-of-range ones', async () => {
    const start = TEXT.indexOf('$4 billion')
    const { id } = await createClaim({ actor: owner, workspaceId, documentId, start, end: start + '$4 billion'.length })
    const created = (await current()).find((claim) => claim.id === id)!
    expect(created).toMatchObject({ quote: '$4 billion', origin: 'MANUAL' })
    expect(created.quantities[0]).toMatchObject({ value: '4000000000', unit: 'XDL' })
    await expectAppError(createClaim({ actor: owner, workspaceId, documentId, start: 5, end: 5 }), 'INVALID_INPUT')
    await expectAppError(createClaim({ actor: owner, workspaceId, documentId, start: TEXT.indexOf(' '), end: TEXT.indexOf(' ') + 1 }), 'INVALID_INPUT')
    await expectAppError(createClaim({ actor: owner, workspaceId, documentId, start: 0, end: TEXT.length + 10 }), 'INVALID_INPUT')
  })
})

describe('reading the claims of a page', () => {
  it('gives each claim exactly as toClaimView shapes its Prisma row', async () => {
    const text = 'Prices rose 2.50% to over $1.25 billion in Q3 2024. Between 3 and 5 million people, about 40.0% of them, moved in 2019–2021.'
    const document = await createDocument({ actor: owner, workspaceId, title: 'Figures', text })
    const [first] = await findClaims({ actor: owner, workspaceId, documentId: document.id })
    await setClaimDismissed({ actor: owner, workspaceId, claimId: first!.id, isDismissed: true, version: first!.version })
    await getDb().claim.update({ where: { id: first!.id }, data: { textChangedAt: new Date('2026-01-02T03:04:05.006Z'), previousQuote: 'Prices rose.' } })

    const rows = await getDb().claim.findMany({
      where: { workspaceId, documentId: document.id, supersededAt: null },
      include: { quantities: { orderBy: { position: 'asc' } } },
      orderBy: [{ start: 'asc' }, { end: 'desc' }],
    })
    const fromPrisma = rows.map((row) => toClaimView(row, row.quantities.map(toQuantityView)))
    expect(fromPrisma.flatMap((claim) => claim.quantities).length).toBeGreaterThanOrEqual(4)
    expect(await findClaims({ actor: owner, workspaceId, documentId: document.id })).toEqual(fromPrisma)
  })
})

describe('who may edit claims', () => {
  it('reviewers and viewers may read but not edit; other workspaces see nothing', async () => {
    const claim = await claimAt('Exports')
    for (const role of ['REVIEWER', 'VIEWER'] as const) {
      const member = await createUser(role)
      await addMember({ actor: owner, workspaceId, email: member.email, role })
      expect((await findClaims({ actor: member, workspaceId, documentId })).length).toBeGreaterThan(0)
      await expectAppError(retypeClaim({ actor: member, workspaceId, claimId: claim.id, kind: 'OPINION' }), 'FORBIDDEN')
      await expectAppError(createClaim({ actor: member, workspaceId, documentId, start: 0, end: 7 }), 'FORBIDDEN')
    }
    const stranger = await createUser('stranger')
    await expectAppError(findClaims({ actor: stranger, workspaceId, documentId }), 'NOT_FOUND')
    await expectAppError(retypeClaim({ actor: stranger, workspaceId: stranger.workspaceId, claimId: claim.id, kind: 'OPINION' }), 'NOT_FOUND')
    await expectAppError(mergeClaims({ actor: stranger, workspaceId: stranger.workspaceId, claimIds: [claim.id, claim.id + 'x'] }), 'NOT_FOUND')
  })
})
