// Published reports a page at a time: newest first by (createdAt, id), ties within one
// millisecond, share tokens still only for those who manage links, workspace isolation
// and a refused cursor.
import { randomBytes } from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/db/client'
import { findReports } from '@/lib/reports/find-reports'
import { addMember } from '../support/members'
import { pageThrough } from '../support/page-through'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const route = await import('@/app/api/workspaces/[workspaceId]/reports/route')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let viewer: User
let stranger: User
let workspaceId: string

beforeEach(async () => {
  ;[owner, viewer, stranger] = await Promise.all([createUser('owner'), createUser('viewer'), createUser('stranger')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
})

// `count` reports in `user`'s workspace, five at a time in one millisecond, every one shared.
async function seedReports(user: User, count: number) {
  const base = Date.UTC(2026, 0, 1)
  const data = Array.from({ length: count }, (_, index) => ({
    workspaceId: user.workspaceId,
    createdById: user.id,
    title: `Report ${index}`,
    documentIds: [],
    options: { scope: 'all', includeComments: false, includeAuditAppendix: false },
    snapshot: {},
    contentHash: randomBytes(32).toString('hex'),
    shareToken: randomBytes(16).toString('base64url'),
    shareExpiresAt: new Date(Date.now() + 86_400_000),
    createdAt: new Date(base + Math.floor(index / 5)),
  }))
  await getDb().report.createMany({ data })
}

const readPages = (actor: User, limit: number) =>
  pageThrough(async (cursor) => {
    const page = await findReports({ actor, workspaceId, limit, cursor })
    return { items: page.reports, nextCursor: page.nextCursor }
  }, limit)

describe('published reports in pages', () => {
  it('pages through every report once, newest first, ties broken by id', async () => {
    await seedReports(owner, 12)
    const ids = await readPages(owner, 5)
    const expected = await getDb().report.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })
    expect(ids).toEqual(expected.map((row) => row.id))
    expect(ids).toHaveLength(12)
  })

  it('gives share tokens on every page only to those who manage links', async () => {
    await seedReports(owner, 4)
    const second = (cursorOf: string | null, actor: User) => findReports({ actor, workspaceId, limit: 2, cursor: cursorOf })
    const ownersFirst = await findReports({ actor: owner, workspaceId, limit: 2 })
    expect((await second(ownersFirst.nextCursor, owner)).reports.every((report) => report.share.token)).toBe(true)
    expect((await second(ownersFirst.nextCursor, viewer)).reports.map((report) => report.share.token)).toEqual([null, null])
  })

  it('keeps another workspace’s reports out, whatever the cursor', async () => {
    await seedReports(owner, 3)
    await seedReports(stranger, 3)
    const ownersCursor = (await findReports({ actor: owner, workspaceId, limit: 1 })).nextCursor
    const theirs = await findReports({ actor: stranger, workspaceId: stranger.workspaceId, cursor: ownersCursor })
    const ownerIds = (await getDb().report.findMany({ where: { workspaceId }, select: { id: true } })).map((row) => row.id)
    expect(theirs.reports.filter((report) => ownerIds.includes(report.id))).toEqual([])
    expect((await findReports({ actor: stranger, workspaceId: stranger.workspaceId })).reports.map((report) => report.title).sort()).toEqual(['Report 0', 'Report 1', 'Report 2'])
    session.actor = stranger
    const response = await route.GET(new Request(`http://test/x?cursor=${ownersCursor}`), { params: Promise.resolve({ workspaceId }) })
    expect(response.status).toBe(404)
  })

  it('answers a forged cursor with a 4xx naming it', async () => {
    session.actor = owner
    const response = await route.GET(new Request(`http://test/x?cursor=${Buffer.from('["2026-01-01T00:00:00.000Z"]').toString('base64url')}`), { params: Promise.resolve({ workspaceId }) })
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ error: { fields: [{ field: 'cursor', message: expect.stringMatching(/not a page cursor/) }] } })
  })
})
