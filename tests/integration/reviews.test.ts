import { beforeEach, describe, expect, it } from 'vitest'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { findClaims } from '@/lib/claims/find-claims'
import { mergeClaims } from '@/lib/claims/merge-claims'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { addMember } from '../support/members'
import { assignClaim } from '@/lib/reviews/assign-claim'
import { findClaimReview } from '@/lib/reviews/find-claim-review'
import { findQueue } from '@/lib/reviews/find-queue'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { getVerificationSettings, updateVerificationSettings } from '@/lib/reviews/verification-settings'
import { createSource } from '@/lib/sources/create-source'
import { retractSource } from '@/lib/sources/retract-source'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Trade reached over $110 billion in 2024. Sanctions exceeded 15,000 since 2022.'

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let editor: User
let reviewer: User
let second: User
let viewer: User
let outsider: User
let workspaceId: string
let documentId: string
let claimId: string

beforeEach(async () => {
  ;[owner, editor, reviewer, second, viewer, outsider] = await Promise.all([
    createUser('owner'),
    createUser('editor'),
    createUser('reviewer'),
    createUser('second'),
    createUser('viewer'),
    createUser('outsider'),
  ])
  workspaceId = owner.workspaceId
  for (const [user, role] of [[editor, 'EDITOR'], [reviewer, 'REVIEWER'], [second, 'REVIEWER'], [viewer, 'VIEWER']] as const) {
    await addMember({ actor: owner, workspaceId, email: user.email, role })
  }
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
  claimId = (await findClaims({ actor: owner, workspaceId, documentId })).find((claim) => claim.quote.includes('$110 billion'))!.id
})

const RATIONALE = 'Customs data for 2024 gives $113.5 billion.'
const rate = (actor: User, verdict = 'ACCURATE', confidence = 4, rationale = RATIONALE) => rateClaim({ actor, workspaceId, claimId, verdict, confidence, rationale })
const claimRow = () => getDb().claim.findUniqueOrThrow({ where: { id: claimId } })
const actions = () => getDb().activityEvent.findMany({ where: { claimId }, orderBy: { id: 'asc' } })
const currentRatings = () => getDb().rating.findMany({ where: { claimId, supersededAt: null } })

async function addStrongEvidence(type = 'OFFICIAL_STATISTICS', stance = 'SUPPORTS') {
  const { source } = await createSource({ actor: reviewer, workspaceId, url: `https://stats.example.gov/${type.toLowerCase()}`, title: 'Customs statistics', type })
  await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: source.id, stance, quote: 'Trade totalled $113.5 billion.' })
  return source
}

describe('rating a claim', () => {
  it('keeps one current rating per reviewer and the older ones as history; the first rating starts the review', async () => {
    expect((await claimRow()).status).toBe('UNREVIEWED')
    await rate(reviewer, 'MISLEADING', 2, 'Not sure yet.')
    const afterFirst = await claimRow()
    expect(afterFirst).toMatchObject({ status: 'IN_REVIEW', version: 2 })
    await rate(reviewer, 'ACCURATE', 5)
    expect((await claimRow()).version).toBe(2)

    const review = await findClaimReview({ actor: viewer, workspaceId, claimId })
    expect(review.ratings).toHaveLength(1)
    expect(review.ratings[0]).toMatchObject({ reviewerName: 'reviewer', verdict: 'ACCURATE', confidence: 5, rationale: RATIONALE, isMine: false })
    expect(review.history).toMatchObject([{ verdict: 'MISLEADING', confidence: 2, rationale: 'Not sure yet.' }])
    expect(review.myRating).toBeNull()
    expect((await findClaimReview({ actor: reviewer, workspaceId, claimId })).myRating?.verdict).toBe('ACCURATE')
    expect(review.aggregate).toMatchObject({ count: 1, meanConfidence: 5, agreement: 1 })
    expect(review.claim.status).toBe('IN_REVIEW')

    const events = await actions()
    expect(events.map((event) => event.action)).toEqual(['rating.added', 'claim.status_changed', 'rating.changed'])
    expect(events[1]).toMatchObject({ before: { status: 'UNREVIEWED' }, after: { status: 'IN_REVIEW' }, documentId })
    expect(events[2]).toMatchObject({ actorId: reviewer.id, before: { verdict: 'MISLEADING', confidence: 2 }, after: { verdict: 'ACCURATE', confidence: 5 } })
  })

  it('lets two reviewers rate at the same instant: both ratings are current', async () => {
    await Promise.all([rate(reviewer, 'ACCURATE'), rate(second, 'FALSE'), rate(editor, 'ACCURATE')])
    const ratings = await currentRatings()
    expect(ratings.map((rating) => rating.userId).sort()).toEqual([reviewer.id, second.id, editor.id].sort())
    const review = await findClaimReview({ actor: owner, workspaceId, claimId })
    expect(review.aggregate).toMatchObject({ count: 3, agreement: 0.67, isSplit: true, modalVerdicts: ['ACCURATE'] })
    // Only the first of them moved the claim into review.
    expect((await actions()).filter((event) => event.action === 'claim.status_changed')).toHaveLength(1)
  })

  it('leaves exactly one current rating when the same reviewer submits twice at once', async () => {
    await Promise.all([rate(reviewer, 'ACCURATE', 4), rate(reviewer, 'ACCURATE', 4), rate(reviewer, 'FALSE', 2)])
    expect(await currentRatings()).toHaveLength(1)
    expect(await getDb().rating.count({ where: { claimId } })).toBe(3)
  })

  it('refuses ratings outside the scale, naming the field, and writes nothing', async () => {
    for (const confidence of [0, 6, 2.5]) {
      const error = await expectAppError(rateClaim({ actor: reviewer, workspaceId, claimId, verdict: 'ACCURATE', confidence, rationale: RATIONALE }), 'INVALID_INPUT')
      expect(error.fields.map((field) => field.field)).toEqual(['confidence'])
    }
    const badVerdict = await expectAppError(rateClaim({ actor: reviewer, workspaceId, claimId, verdict: 'TRUE', confidence: 3, rationale: RATIONALE }), 'INVALID_INPUT')
    expect(badVerdict.fields.map((field) => field.field)).toEqual(['verdict'])
    const noRationale = await expectAppError(rateClaim({ actor: reviewer, workspaceId, claimId, verdict: 'FALSE', confidence: 3, rationale: ' ' }), 'INVALID_INPUT')
    expect(noRationale.fields.map((field) => field.field)).toEqual(['rationale'])
    expect(await getDb().rating.count({ where: { claimId } })).toBe(0)
    expect((await claimRow()).status).toBe('UNREVIEWED')
  })

  it('lets viewers read but not rate; other workspaces do not see the claim', async () => {
    await expectAppError(rate(viewer), 'FORBIDDEN')
    await expectAppError(rate(outsider), 'NOT_FOUND')
    await expectAppError(findClaimReview({ actor: outsider, workspaceId, claimId }), 'NOT_FOUND')
    // A claim id of another workspace, reached through the outsider's own workspace.
    await expectAppError(rateClaim({ actor: outsider, workspaceId: outsider.workspaceId, claimId, verdict: 'FALSE', confidence: 3, rationale: 'x' }), 'NOT_FOUND')
    await expectAppError(findClaimReview({ actor: outsider, workspaceId: outsider.workspaceId, claimId }), 'NOT_FOUND')
    expect((await findClaimReview({ actor: viewer, workspaceId, claimId })).ratings).toEqual([])
  })
})

describe('claims out of the review', () => {
  it('refuses to rate a dismissed claim; a claim replaced by a merge is not found', async () => {
    await setClaimDismissed({ actor: editor, workspaceId, claimId, isDismissed: true })
    const dismissed = await expectAppError(rate(reviewer), 'INVALID_INPUT')
    expect(dismissed.message).toContain('dismissed')
    await setClaimDismissed({ actor: editor, workspaceId, claimId, isDismissed: false })
    const ids = (await findClaims({ actor: owner, workspaceId, documentId })).map((claim) => claim.id)
    await mergeClaims({ actor: editor, workspaceId, claimIds: ids })
    await expectAppError(rate(reviewer), 'NOT_FOUND')
    await expectAppError(findClaimReview({ actor: reviewer, workspaceId, claimId }), 'NOT_FOUND')
    expect(await getDb().rating.count({ where: { claimId } })).toBe(0)
  })
})

describe('the status workflow', () => {
  const setStatus = async (actor: User, status: string, extra: Record<string, unknown> = {}) =>
    setClaimStatus({ actor, workspaceId, claimId, version: (await claimRow()).version, status, ...extra })

  it('moves forward with a proposed verdict, and refuses READY without one', async () => {
    await setStatus(reviewer, 'IN_REVIEW')
    const missing = await expectAppError(setStatus(reviewer, 'READY'), 'INVALID_INPUT')
    expect(missing.fields.map((field) => field.field)).toEqual(['verdict'])
    const ready = await setStatus(reviewer, 'READY', { verdict: 'ACCURATE_WITH_CAVEATS' })
    expect(ready).toMatchObject({ status: 'READY', verdict: 'ACCURATE_WITH_CAVEATS' })
    expect(await claimRow()).toMatchObject({ status: 'READY', verdict: 'ACCURATE_WITH_CAVEATS', verdictById: reviewer.id })
    // Going back is for editors.
    await expectAppError(setStatus(reviewer, 'IN_REVIEW'), 'FORBIDDEN')
  })

  it('refuses VERIFIED while the rules fail, naming each failing rule', async () => {
    await rate(reviewer, 'ACCURATE')
    const error = await expectAppError(setStatus(editor, 'VERIFIED', { verdict: 'ACCURATE' }), 'INVALID_INPUT')
    expect(error.message).toContain('needs ratings from at least 2 reviewers (has 1)')
    expect(error.message).toContain('official statistics, primary data or peer-reviewed')
    expect(error.details?.failedRules).toBe('minRatings,strongEvidence')
    expect(error.fields.map((field) => field.field)).toEqual(['overrideReason'])
    expect((await claimRow()).status).toBe('IN_REVIEW')

    // Weak evidence (news, or only context) and a split vote do not count.
    const { source: news } = await createSource({ actor: reviewer, workspaceId, url: 'https://news.example.com/a', title: 'News', type: 'NEWS' })
    await addEvidence({ actor: reviewer, workspaceId, claimId, sourceId: news.id, stance: 'SUPPORTS', quote: 'Trade was $110 billion.' })
    await rate(second, 'FALSE')
    const review = await findClaimReview({ actor: editor, workspaceId, claimId })
    expect(review.verification.isMet).toBe(false)
    expect(review.verification.failures.map((failure) => failure.rule)).toEqual(['agreement', 'strongEvidence'])
  })

  it('allows VERIFIED once ratings, agreement and strong evidence are there; not when that source is retracted', async () => {
    await Promise.all([rate(reviewer, 'ACCURATE', 5), rate(second, 'ACCURATE', 3)])
    const source = await addStrongEvidence('PEER_REVIEWED', 'CONTRADICTS')
    expect((await findClaimReview({ actor: editor, workspaceId, claimId })).verification).toEqual({ isMet: true, failures: [] })
    await retractSource({ actor: owner, workspaceId, sourceId: source.id, note: 'Withdrawn by its authors.' })
    expect((await findClaimReview({ actor: editor, workspaceId, claimId })).verification.failures.map((failure) => failure.rule)).toEqual(['strongEvidence'])
    await getDb().source.update({ where: { id: source.id }, data: { retractedAt: null } })

    const verified = await setStatus(editor, 'VERIFIED', { verdict: 'ACCURATE' })
    expect(verified).toMatchObject({ status: 'VERIFIED', verdict: 'ACCURATE', overrideReason: null })
    expect(await claimRow()).toMatchObject({ status: 'VERIFIED', verdict: 'ACCURATE', verdictById: editor.id, overrideReason: null })
  })

  it('lets an editor override failing rules with a written reason, which is stored and logged', async () => {
    await rate(reviewer, 'FALSE')
    const tooShort = await expectAppError(setStatus(editor, 'VERIFIED', { verdict: 'FALSE', overrideReason: 'because' }), 'INVALID_INPUT')
    expect(tooShort.fields.map((field) => field.field)).toEqual(['overrideReason'])
    const reason = 'The ministry confirmed the figure by phone; the report is not online yet.'
    await setStatus(editor, 'VERIFIED', { verdict: 'FALSE', overrideReason: reason })
    expect(await claimRow()).toMatchObject({ status: 'VERIFIED', verdict: 'FALSE', overrideReason: reason })
    const event = (await actions()).at(-1)!
    expect(event).toMatchObject({ action: 'claim.status_changed', actorId: editor.id, before: { status: 'IN_REVIEW', verdict: null }, after: { status: 'VERIFIED', verdict: 'FALSE', overrideReason: reason } })

    // Reopening is allowed to editors; the verdict goes, the history stays.
    await setStatus(owner, 'IN_REVIEW')
    expect(await claimRow()).toMatchObject({ status: 'IN_REVIEW', verdict: null, overrideReason: null })
    expect((await actions()).filter((row) => row.action === 'claim.status_changed').map((row) => (row.after as { status: string }).status)).toEqual(['IN_REVIEW', 'VERIFIED', 'IN_REVIEW'])
  })

  it('keeps reviewers and viewers from verifying; outsiders get not found; a stale version conflicts', async () => {
    await Promise.all([rate(reviewer), rate(second)])
    await addStrongEvidence()
    await expectAppError(setStatus(reviewer, 'VERIFIED', { verdict: 'ACCURATE' }), 'FORBIDDEN')
    await expectAppError(setStatus(viewer, 'READY', { verdict: 'ACCURATE' }), 'FORBIDDEN')
    await expectAppError(setStatus(outsider, 'VERIFIED', { verdict: 'ACCURATE' }), 'NOT_FOUND')
    await expectAppError(setClaimStatus({ actor: outsider, workspaceId: outsider.workspaceId, claimId, version: 2, status: 'IN_REVIEW' }), 'NOT_FOUND')
    const stale = await expectAppError(setClaimStatus({ actor: editor, workspaceId, claimId, version: 1, status: 'VERIFIED', verdict: 'ACCURATE' }), 'CONFLICT')
    expect(stale.details?.currentVersion).toBe('2')
    expect((await claimRow()).status).toBe('IN_REVIEW')
  })

  it('tells everyone with a current rating about a status change, but not the one who made it', async () => {
    await Promise.all([rate(reviewer), rate(second), rate(editor)])
    await setStatus(editor, 'READY', { verdict: 'ACCURATE' })
    const notes = await getDb().notification.findMany({ where: { claimId, kind: 'STATUS_CHANGE' } })
    expect(notes.map((note) => note.userId).sort()).toEqual([reviewer.id, second.id].sort())
    expect(notes[0]).toMatchObject({ workspaceId, documentId, actorId: editor.id })
    expect(notes[0]!.message).toContain('Ready (verdict proposed): Accurate')
  })
})

describe('assignment and the queue', () => {
  it('assigns a claim to a reviewer, tells them, and logs it; only editors assign, only reviewers and up are assigned', async () => {
    const claim = await claimRow()
    await expectAppError(assignClaim({ actor: reviewer, workspaceId, claimId, assigneeId: second.id, version: claim.version }), 'FORBIDDEN')
    const notReviewer = await expectAppError(assignClaim({ actor: editor, workspaceId, claimId, assigneeId: viewer.id, version: claim.version }), 'INVALID_INPUT')
    expect(notReviewer.fields.map((field) => field.field)).toEqual(['assigneeId'])
    await expectAppError(assignClaim({ actor: editor, workspaceId, claimId, assigneeId: outsider.id, version: claim.version }), 'INVALID_INPUT')
    await expectAppError(assignClaim({ actor: outsider, workspaceId, claimId, assigneeId: outsider.id, version: claim.version }), 'NOT_FOUND')

    const assigned = await assignClaim({ actor: editor, workspaceId, claimId, assigneeId: reviewer.id, version: claim.version })
    expect(assigned).toMatchObject({ assigneeId: reviewer.id, version: claim.version + 1 })
    await expectAppError(assignClaim({ actor: editor, workspaceId, claimId, assigneeId: second.id, version: claim.version }), 'CONFLICT')
    const notes = await getDb().notification.findMany({ where: { claimId, kind: 'ASSIGNMENT' } })
    expect(notes).toMatchObject([{ userId: reviewer.id, actorId: editor.id, documentId }])
    expect((await findClaimReview({ actor: viewer, workspaceId, claimId })).claim.assignee).toEqual({ id: reviewer.id, name: 'reviewer' })
    expect((await actions()).at(-1)).toMatchObject({ action: 'claim.assigned', before: { assigneeId: null }, after: { assigneeId: reviewer.id } })

    await assignClaim({ actor: owner, workspaceId, claimId, assigneeId: null, version: assigned.version })
    expect((await claimRow()).assigneeId).toBeNull()
  })

  it("shows a reviewer's assigned claims, then the claims they have not rated, with the document title", async () => {
    const claims = await findClaims({ actor: owner, workspaceId, documentId })
    const other = claims.find((claim) => claim.id !== claimId)!
    await assignClaim({ actor: editor, workspaceId, claimId, assigneeId: reviewer.id, version: 1 })
    let queue = await findQueue({ actor: reviewer, workspaceId })
    expect(queue.assigned.map((item) => [item.claimId, item.documentTitle, item.isRatedByMe])).toEqual([[claimId, 'Trade', false]])
    expect(queue.unrated.map((item) => item.claimId)).toEqual(claims.filter((claim) => claim.id !== claimId).map((claim) => claim.id))

    // Rated: still assigned until verified; gone from unrated once rated.
    await rateClaim({ actor: reviewer, workspaceId, claimId: other.id, verdict: 'FALSE', confidence: 3, rationale: 'No source.' })
    await rate(reviewer)
    queue = await findQueue({ actor: reviewer, workspaceId })
    expect(queue.assigned.map((item) => item.isRatedByMe)).toEqual([true])
    expect(queue.unrated.map((item) => item.claimId)).not.toContain(other.id)

    await setClaimStatus({ actor: editor, workspaceId, claimId, version: (await claimRow()).version, status: 'VERIFIED', verdict: 'ACCURATE', overrideReason: 'Confirmed with the ministry directly.' })
    expect((await findQueue({ actor: reviewer, workspaceId })).assigned).toEqual([])
    // Viewers cannot rate: nothing waits for them.
    expect(await findQueue({ actor: viewer, workspaceId })).toEqual({ assigned: [], unrated: [], isTruncated: false })
    await expectAppError(findQueue({ actor: outsider, workspaceId }), 'NOT_FOUND')
  })
})

describe('verification settings', () => {
  it('are read by members and changed by owners only, within bounds, with an activity row', async () => {
    expect(await getVerificationSettings({ actor: viewer, workspaceId })).toEqual({ verifyMinRatings: 2, verifyMinAgreement: 0.67, verifyRequiresStrongEvidence: true, canEdit: false })
    const settings = { verifyMinRatings: 1, verifyMinAgreement: 0.5, verifyRequiresStrongEvidence: false }
    await expectAppError(updateVerificationSettings({ actor: editor, workspaceId, ...settings }), 'FORBIDDEN')
    await expectAppError(updateVerificationSettings({ actor: outsider, workspaceId, ...settings }), 'NOT_FOUND')
    const bad = await expectAppError(updateVerificationSettings({ actor: owner, workspaceId, verifyMinRatings: 0, verifyMinAgreement: 0.4, verifyRequiresStrongEvidence: 'yes' }), 'INVALID_INPUT')
    expect(bad.fields.map((field) => field.field).sort()).toEqual(['verifyMinAgreement', 'verifyMinRatings', 'verifyRequiresStrongEvidence'])
    expect(await updateVerificationSettings({ actor: owner, workspaceId, ...settings })).toEqual({ ...settings, canEdit: true })
    const event = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: workspaceId, action: 'workspace.verification_settings_changed' } })
    expect(event).toMatchObject({ before: { verifyMinRatings: 2, verifyMinAgreement: 0.67 }, after: settings })

    // With the new thresholds, one rating and no evidence is enough.
    await rate(reviewer)
    expect((await findClaimReview({ actor: editor, workspaceId, claimId })).verification.isMet).toBe(true)
  })
})
