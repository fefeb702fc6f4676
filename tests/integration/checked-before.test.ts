import { beforeAll, describe, expect, it } from 'vitest'
import { dismissPriorCheck, reusePriorCheck } from '@/lib/checked-before/act-on-prior-check'
import { findPriorChecks } from '@/lib/checked-before/find-prior-checks'
import { refreshPriorChecks } from '@/lib/checked-before/refresh-prior-checks'
import { findClaims } from '@/lib/claims/find-claims'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { findQueue } from '@/lib/reviews/find-queue'
import { createSource } from '@/lib/sources/create-source'
import { expectAppError } from '../support/app-error'
import { addMember } from '../support/members'
import { createUser } from '../support/users'

// Last month's article, checked: its trade figure verified, with a source.
const EARLIER = 'Bilateral trade reached over $110 billion in 2024, customs data show. Wheat harvests were poor in the north.'
// This month's: the same figure told differently, the same sentence for another year,
// and a claim never checked.
const LATER = [
  'Trade between the two countries topped 110bn dollars last year (2024), customs data show.',
  'Bilateral trade reached $110 billion in 2023, customs data show.',
  'The new bridge will open in the spring.',
].join(' ')

let owner: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let earlierClaimId: string
let sourceId: string
let laterDocumentId: string
let sameClaimId: string
let otherYearClaimId: string

const claimsOf = async (documentId: string) => findClaims({ actor: owner, workspaceId, documentId })
const verify = (claimId: string) => getDb().claim.update({ where: { id: claimId }, data: { status: 'VERIFIED', verdict: 'ACCURATE', verdictAt: new Date(), verdictById: owner.id } })

beforeAll(async () => {
  ;[owner, viewer] = await Promise.all([createUser('cb-owner'), createUser('cb-viewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
  const earlier = await createDocument({ actor: owner, workspaceId, title: 'Trade in 2024', text: EARLIER })
  earlierClaimId = (await claimsOf(earlier.id)).find((claim) => claim.quote.includes('$110 billion'))!.id
  ;({ source: { id: sourceId } } = await createSource({ actor: owner, workspaceId, url: 'https://customs.example.gov/2024', title: 'Customs yearbook 2024', type: 'OFFICIAL_STATISTICS' }))
  await addEvidence({ actor: owner, workspaceId, claimId: earlierClaimId, sourceId, stance: 'SUPPORTS', quote: 'Total trade: 110.4 billion US dollars.', locator: 'Table 2' })
  await verify(earlierClaimId)
  laterDocumentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade, a year on', text: LATER })).id
  const later = await claimsOf(laterDocumentId)
  sameClaimId = later.find((claim) => claim.quote.includes('110bn'))!.id
  otherYearClaimId = later.find((claim) => claim.quote.includes('2023'))!.id
})

describe('checked before', () => {
  it('offers the earlier check of the same statistic on import, with its verdict, evidence and reason', async () => {
    const [check, ...rest] = await findPriorChecks({ actor: viewer, workspaceId, claimId: sameClaimId })
    expect(rest).toEqual([])
    expect(check!.earlier).toMatchObject({ claimId: earlierClaimId, verdict: 'ACCURATE', documentTitle: 'Trade in 2024' })
    expect(check!.earlier!.evidence).toEqual([expect.objectContaining({ quote: 'Total trade: 110.4 billion US dollars.', source: expect.objectContaining({ id: sourceId }) })])
    expect(check!.reason.text).toMatch(/^same figure, same year; wording \d+% similar$/)
  })

  it('never offers the same sentence about another year', async () => {
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: otherYearClaimId })).toEqual([])
  })

  it('filters the queue to claims with a previous check', async () => {
    const queue = await findQueue({ actor: owner, workspaceId, hasPriorCheck: true })
    expect([...queue.assigned, ...queue.unrated].map((item) => item.claimId)).toEqual([sameClaimId])
    const all = await findQueue({ actor: owner, workspaceId })
    expect([...all.assigned, ...all.unrated].find((item) => item.claimId === sameClaimId)?.hasPriorCheck).toBe(true)
  })

  it('reuses the verdict as a rating with a link back, and cites the same sources', async () => {
    const [check] = await findPriorChecks({ actor: owner, workspaceId, claimId: sameClaimId })
    await expectAppError(reusePriorCheck({ actor: viewer, workspaceId, claimId: sameClaimId, priorCheckId: check!.id }), 'FORBIDDEN')
    const reuse = await reusePriorCheck({ actor: owner, workspaceId, claimId: sameClaimId, priorCheckId: check!.id })
    expect(reuse).toMatchObject({ verdict: 'ACCURATE', evidenceAdded: 1 })
    const rating = await getDb().rating.findUniqueOrThrow({ where: { id: reuse.ratingId } })
    expect(rating.rationale).toContain(`/w/${workspaceId}/documents/`)
    expect(rating.rationale).toContain(`claim=${earlierClaimId}`)
    const evidence = await getDb().evidence.findMany({ where: { claimId: sameClaimId } })
    expect(evidence.map((item) => item.sourceId)).toEqual([sourceId])
    const actions = (await getDb().activityEvent.findMany({ where: { claimId: sameClaimId }, select: { action: true } })).map((event) => event.action)
    expect(actions).toEqual(expect.arrayContaining(['rating.added', 'evidence.added', 'prior_check.reused']))
  })

  it('remembers a dismissal, shows it in the activity log and never offers the check again', async () => {
    const document = await createDocument({ actor: owner, workspaceId, title: 'Trade, again', text: 'Two-way trade hit more than $110 billion in 2024, customs data show.' })
    const [claim] = await claimsOf(document.id)
    const [check] = await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })
    await expectAppError(dismissPriorCheck({ actor: viewer, workspaceId, claimId: claim!.id, priorCheckId: check!.id }), 'FORBIDDEN')
    await dismissPriorCheck({ actor: owner, workspaceId, claimId: claim!.id, priorCheckId: check!.id })
    await refreshPriorChecks({ workspaceId, documentId: document.id })
    const after = await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({ id: check!.id, dismissedBy: expect.any(String) })
    expect(after[0]!.dismissedAt).not.toBeNull()
    const events = await getDb().activityEvent.findMany({ where: { claimId: claim!.id, action: 'prior_check.dismissed' } })
    expect(events).toHaveLength(1)
    expect((await findQueue({ actor: owner, workspaceId, hasPriorCheck: true })).unrated.map((item) => item.claimId)).not.toContain(claim!.id)
  })

  it('drops a match whose earlier claim loses its final verdict, is merged away or loses its words', async () => {
    const document = await createDocument({ actor: owner, workspaceId, title: 'Trade, once more', text: 'Over $110 billion of goods crossed the border in 2024, customs data show.' })
    const [claim] = await claimsOf(document.id)
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })).toHaveLength(1)
    await getDb().claim.update({ where: { id: earlierClaimId }, data: { status: 'IN_REVIEW' } })
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })).toEqual([])
    await verify(earlierClaimId)
    await getDb().claim.update({ where: { id: earlierClaimId }, data: { supersededAt: new Date() } })
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })).toEqual([])
    await getDb().claim.update({ where: { id: earlierClaimId }, data: { supersededAt: null } })
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })).toHaveLength(1)
    // Its words deleted by an edit of its article (orphaned): shown no more, offered no more.
    await getDb().claim.update({ where: { id: earlierClaimId }, data: { orphanedAt: new Date() } })
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })).toEqual([])
    await refreshPriorChecks({ workspaceId, documentId: document.id })
    expect(await getDb().priorCheck.count({ where: { claimId: claim!.id, earlierClaimId } })).toBe(0)
    await getDb().claim.update({ where: { id: earlierClaimId }, data: { orphanedAt: null } })
    await refreshPriorChecks({ workspaceId, documentId: document.id })
    expect(await findPriorChecks({ actor: owner, workspaceId, claimId: claim!.id })).toHaveLength(1)
  })

  it('never matches another workspace’s checks', async () => {
    const outsider = await createUser('cb-outsider')
    const document = await createDocument({ actor: outsider, workspaceId: outsider.workspaceId, title: 'Elsewhere', text: 'Bilateral trade reached over $110 billion in 2024, customs data show.' })
    const [claim] = await findClaims({ actor: outsider, workspaceId: outsider.workspaceId, documentId: document.id })
    expect(await findPriorChecks({ actor: outsider, workspaceId: outsider.workspaceId, claimId: claim!.id })).toEqual([])
    await expectAppError(findPriorChecks({ actor: outsider, workspaceId, claimId: sameClaimId }), 'NOT_FOUND')
  })
})
