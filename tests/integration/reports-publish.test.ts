import { beforeEach, describe, expect, it } from 'vitest'
import { createDocument } from '@/lib/documents/create-document'
import { getDb } from '@/lib/db/client'
import { addMember } from '../support/members'
import { findReports, getReport } from '@/lib/reports/find-reports'
import { publishReport } from '@/lib/reports/publish-report'
import { reportContentHash } from '@/lib/reports/report-hash'
import { createShareLink, getSharedReport, revokeShareLink } from '@/lib/reports/share-link'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Trade reached over $110 billion in 2024. Russia faces over 15,000 sanctions since 2022.'
const ALL = { scope: 'all', includeComments: true, includeAuditAppendix: true }

let owner: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
let outsider: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  ;[owner, editor, reviewer, viewer, outsider] = await Promise.all([createUser('owner'), createUser('editor'), createUser('reviewer'), createUser('viewer'), createUser('outsider')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: editor.email, role: 'EDITOR' })
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
})

const publish = (actor = editor, options: Record<string, unknown> = ALL) => publishReport({ actor, workspaceId, title: ' Trade check ', documentIds: [documentId], options })
const actions = (subjectId: string) => getDb().activityEvent.findMany({ where: { subjectId }, orderBy: { id: 'asc' } }).then((rows) => rows.map((row) => row.action))

describe('publishing a report', () => {
  it('stores a frozen snapshot with its SHA-256, readable by every member', async () => {
    const published = await publish()
    expect(published.title).toBe('Trade check')
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: published.id } })
    expect(stored).toMatchObject({ workspaceId, documentIds: [documentId], options: ALL, contentHash: published.contentHash, createdById: editor.id, shareToken: null })
    const snapshot = stored.snapshot as unknown as Parameters<typeof reportContentHash>[0]
    expect(reportContentHash(snapshot)).toBe(published.contentHash)
    expect(snapshot.documents[0]!.claims.map((claim) => claim.quote)).toEqual(expect.arrayContaining([expect.stringContaining('$110 billion')]))

    const seen = await getReport({ actor: viewer, workspaceId, reportId: published.id })
    expect(seen).toMatchObject({ id: published.id, title: 'Trade check', contentHash: published.contentHash, canPublish: false, share: { state: 'none', token: null } })
    expect(seen.snapshot.title).toBe('Trade check')
    expect((await findReports({ actor: reviewer, workspaceId })).reports.map((report) => report.id)).toEqual([published.id])
    expect(await actions(published.id)).toEqual(['report.published'])
  })

  it('publishes a selection without matching claims as a valid empty report', async () => {
    const published = await publish(owner, { ...ALL, scope: 'verified' })
    expect(published.snapshot.summary.claimCount).toBe(0)
    expect(published.snapshot.documents[0]!.claims).toEqual([])
  })

  it('lets only editors and owners publish, and hides other workspaces', async () => {
    await expectAppError(publish(reviewer), 'FORBIDDEN')
    await expectAppError(publish(viewer), 'FORBIDDEN')
    await expectAppError(publish(outsider), 'NOT_FOUND')
    expect((await expectAppError(publishReport({ actor: editor, workspaceId, title: '', documentIds: [documentId], options: ALL }), 'INVALID_INPUT')).fields.map((issue) => issue.field)).toEqual(['title'])
    const published = await publish()
    await expectAppError(getReport({ actor: outsider, workspaceId, reportId: published.id }), 'NOT_FOUND')
    await expectAppError(getReport({ actor: outsider, workspaceId: outsider.workspaceId, reportId: published.id }), 'NOT_FOUND')
    await expectAppError(findReports({ actor: outsider, workspaceId }), 'NOT_FOUND')
    expect(await findReports({ actor: outsider, workspaceId: outsider.workspaceId })).toEqual({ reports: [], nextCursor: null })
  })
})

describe('share links', () => {
  let reportId: string
  beforeEach(async () => {
    reportId = (await publish()).id
  })

  const notFoundMessage = async (token: unknown) => {
    const error = await getSharedReport(token).then(
      () => null,
      (caught: unknown) => caught as { code: string; message: string },
    )
    expect(error?.code).toBe('NOT_FOUND')
    return error!.message
  }

  it('opens the snapshot with a fresh token until it is revoked', async () => {
    const link = await createShareLink({ actor: editor, workspaceId, reportId })
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const shared = await getSharedReport(link.token)
    expect(shared.snapshot.title).toBe('Trade check')
    expect(shared.contentHash).toBe((await getReport({ actor: owner, workspaceId, reportId })).contentHash)
    expect((await getReport({ actor: owner, workspaceId, reportId })).share).toMatchObject({ state: 'active', token: link.token })
    // Members who cannot manage links do not get the token.
    expect((await getReport({ actor: viewer, workspaceId, reportId })).share).toMatchObject({ state: 'active', token: null })

    await revokeShareLink({ actor: owner, workspaceId, reportId })
    const revoked = await notFoundMessage(link.token)
    expect((await getReport({ actor: owner, workspaceId, reportId })).share.state).toBe('revoked')
    await expectAppError(revokeShareLink({ actor: owner, workspaceId, reportId }), 'CONFLICT')

    // Every failure reads the same: revoked, guessed, malformed, missing.
    const guessed = await notFoundMessage('A'.repeat(43))
    const malformed = await notFoundMessage("' OR 1=1 --")
    expect(new Set([revoked, guessed, malformed, await notFoundMessage(undefined), await notFoundMessage(`${link.token}x`)])).toEqual(new Set([revoked]))
    expect(await actions(reportId)).toEqual(['report.published', 'report.shared', 'report.share_revoked'])
    // The token never enters the activity log, which every member can read.
    const rows = await getDb().activityEvent.findMany({ where: { subjectId: reportId } })
    expect(JSON.stringify(rows.map((row) => [row.before, row.after]))).not.toContain(link.token)
  })

  it('stops an expired link and replaces the old link with a new one', async () => {
    const first = await createShareLink({ actor: editor, workspaceId, reportId, expiresAt: new Date(Date.now() + 3600_000).toISOString() })
    expect(new Date(first.expiresAt!).getTime()).toBeGreaterThan(Date.now())
    const second = await createShareLink({ actor: editor, workspaceId, reportId })
    expect(second.token).not.toBe(first.token)
    const oldMessage = await notFoundMessage(first.token)
    expect((await getSharedReport(second.token)).snapshot.title).toBe('Trade check')

    await getDb().report.update({ where: { id: reportId }, data: { shareExpiresAt: new Date(Date.now() - 1000) } })
    expect(await notFoundMessage(second.token)).toBe(oldMessage)
    expect((await getReport({ actor: editor, workspaceId, reportId })).share.state).toBe('expired')
  })

  it('checks who may manage links and the expiry', async () => {
    await expectAppError(createShareLink({ actor: reviewer, workspaceId, reportId }), 'FORBIDDEN')
    await expectAppError(createShareLink({ actor: viewer, workspaceId, reportId }), 'FORBIDDEN')
    await expectAppError(createShareLink({ actor: outsider, workspaceId, reportId }), 'NOT_FOUND')
    await expectAppError(createShareLink({ actor: outsider, workspaceId: outsider.workspaceId, reportId }), 'NOT_FOUND')
    expect((await expectAppError(createShareLink({ actor: editor, workspaceId, reportId, expiresAt: '2020-01-01' }), 'INVALID_INPUT')).fields.map((issue) => issue.field)).toEqual(['expiresAt'])
    expect((await expectAppError(createShareLink({ actor: editor, workspaceId, reportId, expiresAt: new Date(Date.now() + 400 * 86400_000).toISOString() }), 'INVALID_INPUT')).fields.map((issue) => issue.field)).toEqual(['expiresAt'])
    expect((await expectAppError(createShareLink({ actor: editor, workspaceId, reportId, expiresAt: 'soon' }), 'INVALID_INPUT')).fields.map((issue) => issue.field)).toEqual(['expiresAt'])
    const dated = await createShareLink({ actor: editor, workspaceId, reportId, expiresAt: new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10) })
    expect(dated.expiresAt).toMatch(/T23:59:59.999Z$/)
    await expectAppError(revokeShareLink({ actor: reviewer, workspaceId, reportId }), 'FORBIDDEN')
  })
})
