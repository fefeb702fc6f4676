import { afterAll, describe, expect, it } from 'vitest'
import { loadActor } from '@/lib/auth/load-actor'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { getDb } from '@/lib/db/client'
import { countQueries } from '@/lib/db/query-counter'
import { createDocument } from '@/lib/documents/create-document'
import type { LiveMessage } from '@/lib/events/announcements'
import { stopActivityListener, subscribe, whenListening } from '@/lib/events/activity-listener'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { addMember } from '../support/members'
import { createUser } from '../support/users'

// Adding a rating or a comment, as a request makes it (the actor read with their roles):
// at most 5 statements, BEGIN and COMMIT included, for the change, its activity rows, its
// inbox entries and its live announcement, all in one transaction.
const MAX_WRITE_STATEMENTS = 5

afterAll(async () => {
  await stopActivityListener()
})

async function setUp() {
  const owner = await createUser('owner')
  const reviewer = await createUser('reviewer')
  await addMember({ actor: owner, workspaceId: owner.workspaceId, email: reviewer.email, role: 'REVIEWER' })
  const workspaceId = owner.workspaceId
  const { id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Trade', text: 'Exports rose by 12% in 2023. Imports fell to $4 billion.' })
  const [claim] = await findClaims({ actor: owner, workspaceId, documentId })
  return { owner: (await loadActor(owner.id))!, reviewer: (await loadActor(reviewer.id))!, workspaceId, documentId, claim: claim! }
}

// The actions announced to the document's live feed while `run` runs.
async function announced(workspaceId: string, documentId: string, count: number, run: () => Promise<void>): Promise<string[]> {
  const actions: string[] = []
  let heard!: () => void
  const allHeard = new Promise<void>((resolve) => (heard = resolve))
  const stop = subscribe(workspaceId, documentId, (message: LiveMessage) => {
    if (message.type === 'activity') actions.push(message.announcement.action)
    if (actions.length === count) heard()
  })
  await whenListening()
  await run()
  await Promise.race([allHeard, new Promise((resolve) => setTimeout(resolve, 3_000))])
  stop()
  return actions
}

describe('adding a rating', () => {
  it('takes at most 5 statements, the first (starting the review) and a changed one alike', async () => {
    const { reviewer, workspaceId, documentId, claim } = await setUp()
    const rate = (confidence: number) => countQueries(() => rateClaim({ actor: reviewer, workspaceId, claimId: claim.id, verdict: 'ACCURATE', confidence, rationale: `Checked ${confidence}` }))
    let first!: Awaited<ReturnType<typeof rate>>
    expect(await announced(workspaceId, documentId, 2, async () => void (first = await rate(3)))).toEqual(['rating.added', 'claim.status_changed'])
    expect(first.queries).toBeLessThanOrEqual(MAX_WRITE_STATEMENTS)
    expect(first.result).toMatchObject({ claimId: claim.id, userId: reviewer.id, verdict: 'ACCURATE', confidence: 3, supersededAt: null })
    expect(first.result.createdAt).toBeInstanceOf(Date)
    const reviewed = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })
    expect({ status: reviewed.status, version: reviewed.version }).toEqual({ status: 'IN_REVIEW', version: claim.version + 1 })

    const second = await rate(5)
    expect(second.queries).toBeLessThanOrEqual(MAX_WRITE_STATEMENTS)
    const ratings = await getDb().rating.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: 'asc' } })
    expect(ratings.map((rating) => [rating.confidence, rating.supersededAt === null])).toEqual([[3, false], [5, true]])
    const changed = await getDb().activityEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'rating.changed' } })
    expect(changed.before).toEqual({ ratingId: first.result.id, verdict: 'ACCURATE', confidence: 3, rationale: 'Checked 3' })
    expect(changed.after).toEqual({ ratingId: second.result.id, verdict: 'ACCURATE', confidence: 5, rationale: 'Checked 5' })
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } })).toEqual({ version: claim.version + 1 })
  })

  it('still refuses a claim of another workspace, as not found', async () => {
    const { claim } = await setUp()
    const stranger = (await loadActor((await createUser('stranger')).id))!
    await expect(rateClaim({ actor: stranger, workspaceId: stranger.roles!.keys().next().value!, claimId: claim.id, verdict: 'FALSE', confidence: 2, rationale: 'No' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await getDb().rating.count({ where: { claimId: claim.id } })).toBe(0)
  })
})

describe('adding a comment', () => {
  it('takes at most 5 statements for a reply that mentions one member and tells the thread', async () => {
    const { owner, reviewer, workspaceId, documentId, claim } = await setUp()
    const third = await createUser('third')
    await addMember({ actor: owner, workspaceId, email: third.email, role: 'REVIEWER' })
    const thread = await createComment({ actor: owner, workspaceId, documentId, claimId: claim.id, body: 'Which table?' })
    await createComment({ actor: (await loadActor(third.id))!, workspaceId, documentId, parentId: thread.id, body: 'The 2023 one, I think.' })
    await getDb().notification.deleteMany({ where: { workspaceId } })

    let reply!: { result: { id: string }; queries: number }
    const actions = await announced(workspaceId, documentId, 1, async () => {
      reply = await countQueries(() => createComment({ actor: reviewer, workspaceId, documentId, parentId: thread.id, body: `Table 4, @${third.email}.` }))
    })
    expect(reply.queries).toBeLessThanOrEqual(MAX_WRITE_STATEMENTS)
    expect(actions).toEqual(['comment.replied'])
    const stored = await getDb().comment.findUniqueOrThrow({ where: { id: reply.result.id } })
    expect(stored).toMatchObject({ parentId: thread.id, claimId: claim.id, authorId: reviewer.id, mentionedUserIds: [third.id], version: 1 })
    const activity = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: stored.id } })
    expect(activity).toMatchObject({ action: 'comment.replied', documentId, claimId: claim.id, after: { documentId, claimId: claim.id, parentId: thread.id, characters: stored.body.length } })
    const inbox = await getDb().notification.findMany({ where: { workspaceId } })
    // The mentioned member once (as a mention), the thread's starter as a reply; not the author.
    expect(inbox.map((entry) => [entry.userId, entry.kind, entry.commentId]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      [third.id, 'MENTION', stored.id],
      [owner.id, 'REPLY', stored.id],
    ])
  })

  it('takes at most 5 statements on a selection, and a double submit makes no second comment', async () => {
    const { reviewer, workspaceId, documentId } = await setUp()
    const post = () => countQueries(() => createComment({ actor: reviewer, workspaceId, documentId, body: 'Source?', start: 0, end: 28 }))
    const first = await post()
    expect(first.queries).toBeLessThanOrEqual(MAX_WRITE_STATEMENTS)
    expect(await getDb().comment.findUniqueOrThrow({ where: { id: first.result.id } })).toMatchObject({ start: 0, end: 28, quote: 'Exports rose by 12% in 2023.' })
    const again = await post()
    expect(again.result.id).toBe(first.result.id)
    expect(await getDb().comment.count({ where: { documentId } })).toBe(1)
    expect(await getDb().activityEvent.count({ where: { documentId, subjectType: 'Comment' } })).toBe(1)
  })
})
