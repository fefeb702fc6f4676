import { beforeEach, describe, expect, it } from 'vitest'
import { findClaimActivity, findDocumentActivity, getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { findClaims } from '@/lib/claims/find-claims'
import { retypeClaim } from '@/lib/claims/retype-claim'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { pageThrough } from '../support/page-through'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2023. Imports fell to $4 billion. The minister called it a triumph.'

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('Ada')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
})

const claimAt = async (fragment: string) => (await findClaims({ actor: owner, workspaceId, documentId })).find((claim) => claim.quote.includes(fragment))!

describe('activity history', () => {
  it('lists a document’s changes newest first, with who, a summary and what changed', async () => {
    const claim = await claimAt('minister')
    const kind = claim.kind === 'OPINION' ? 'PREDICTION' : 'OPINION'
    await retypeClaim({ actor: owner, workspaceId, claimId: claim.id, kind })
    await setClaimDismissed({ actor: owner, workspaceId, claimId: claim.id, isDismissed: true })
    const { events, nextCursor } = await findDocumentActivity({ actor: owner, workspaceId, documentId })
    expect(nextCursor).toBeNull()
    expect(events.map((event) => event.action).slice(0, 2)).toEqual(['claim.dismissed', 'claim.retyped'])
    expect(events.at(-1)!.action).toBe('document.created')
    const ids = events.map((event) => BigInt(event.id))
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids)
    expect(events[1]).toMatchObject({
      actorName: 'Ada',
      summary: `re-typed a claim (${claim.kind.toLowerCase()} → ${kind.toLowerCase()})`,
      changes: [{ field: 'kind', before: claim.kind, after: kind }],
    })
    expect(events[0]!.summary).toBe('dismissed a claim')
    expect(await getLatestDocumentActivityId({ actor: owner, workspaceId, documentId })).toBe(events[0]!.id)
  })

  it('pages back with a cursor, without repeating or skipping, while new changes arrive', async () => {
    const claim = await claimAt('Exports')
    for (let i = 0; i < 4; i++) await setClaimDismissed({ actor: owner, workspaceId, claimId: claim.id, isDismissed: i % 2 === 0 })
    const all = (await findDocumentActivity({ actor: owner, workspaceId, documentId, limit: 200 })).events.map((event) => event.id)
    expect(all.length).toBeGreaterThan(4)
    let isFirstPage = true
    const seen = await pageThrough(async (cursor) => {
      const page = await findDocumentActivity({ actor: owner, workspaceId, documentId, limit: '2', cursor })
      // A change made after the first page is newer than it: a later page never shows it.
      if (isFirstPage) await setClaimDismissed({ actor: owner, workspaceId, claimId: claim.id, isDismissed: true })
      isFirstPage = false
      return { items: page.events, nextCursor: page.nextCursor }
    }, 2)
    expect(seen).toEqual(all)
    const error = await expectAppError(findDocumentActivity({ actor: owner, workspaceId, documentId, cursor: 'drop table' }), 'INVALID_INPUT')
    expect(error.fields[0]).toMatchObject({ field: 'cursor', message: expect.stringMatching(/not a page cursor/) })
    await expectAppError(findDocumentActivity({ actor: owner, workspaceId, documentId, limit: 201 }), 'INVALID_INPUT')
  })

  it('keeps another workspace’s history out of a page, whatever the cursor', async () => {
    const stranger = await createUser('stranger')
    const theirs = (await createDocument({ actor: stranger, workspaceId: stranger.workspaceId, title: 'Theirs', text: TEXT })).id
    await setClaimDismissed({ actor: owner, workspaceId, claimId: (await claimAt('Exports')).id, isDismissed: true })
    const { nextCursor } = await findDocumentActivity({ actor: owner, workspaceId, documentId, limit: 1 })
    expect(nextCursor).not.toBeNull()
    await expectAppError(findDocumentActivity({ actor: stranger, workspaceId, documentId, cursor: nextCursor }), 'NOT_FOUND')
    await expectAppError(findDocumentActivity({ actor: owner, workspaceId, documentId: theirs, cursor: nextCursor }), 'NOT_FOUND')
    const mine = await findDocumentActivity({ actor: owner, workspaceId, documentId, limit: 200 })
    const theirIds = (await getDb().activityEvent.findMany({ where: { documentId: theirs }, select: { id: true } })).map((event) => event.id.toString())
    expect(theirIds.length).toBeGreaterThan(0)
    expect(mine.events.filter((event) => theirIds.includes(event.id))).toEqual([])
  })

  it('gives a claim’s history, and a generic summary for an action it does not know', async () => {
    const claim = await claimAt('Imports')
    await setClaimDismissed({ actor: owner, workspaceId, claimId: claim.id, isDismissed: true })
    await getDb().activityEvent.create({ data: { workspaceId, actorId: owner.id, subjectType: 'Claim', subjectId: claim.id, documentId, claimId: claim.id, action: 'claim.teleported' } })
    const events = await findClaimActivity({ actor: owner, workspaceId, claimId: claim.id })
    expect(events.map((event) => [event.action, event.summary])).toEqual([
      ['claim.teleported', 'changed a claim'],
      ['claim.dismissed', 'dismissed a claim'],
    ])
  })

  it('is readable by viewers, and not found from another workspace', async () => {
    const viewer = await createUser('viewer')
    await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
    expect((await findDocumentActivity({ actor: viewer, workspaceId, documentId })).events.length).toBeGreaterThan(0)
    const claim = await claimAt('Exports')
    const stranger = await createUser('stranger')
    await expectAppError(findDocumentActivity({ actor: stranger, workspaceId, documentId }), 'NOT_FOUND')
    await expectAppError(findClaimActivity({ actor: stranger, workspaceId, claimId: claim.id }), 'NOT_FOUND')
    await expectAppError(getLatestDocumentActivityId({ actor: stranger, workspaceId, documentId }), 'NOT_FOUND')
    // Their own workspace, someone else's ids: still not found.
    await expectAppError(findDocumentActivity({ actor: stranger, workspaceId: stranger.workspaceId, documentId }), 'NOT_FOUND')
    await expectAppError(findClaimActivity({ actor: stranger, workspaceId: stranger.workspaceId, claimId: claim.id }), 'NOT_FOUND')
  })
})
