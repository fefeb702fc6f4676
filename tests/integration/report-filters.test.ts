import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { buildReport } from '@/lib/reports/build-report'
import { publishReport } from '@/lib/reports/publish-report'
import { createReportFilter, deleteReportFilter, findReportFilters, resolveReportFilter } from '@/lib/reports/report-filters'
import type { ErrorCode } from '@/lib/errors'
import { expectAppError as expectCode } from '../support/app-error'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

// The routes read the actor from the session; the services are called directly elsewhere.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const filtersRoute = await import('@/app/api/workspaces/[workspaceId]/report-filters/route')
const filterRoute = await import('@/app/api/workspaces/[workspaceId]/report-filters/[filterId]/route')
const documentsRoute = await import('@/app/api/workspaces/[workspaceId]/report-filters/[filterId]/documents/route')
const previewExport = await import('@/app/api/workspaces/[workspaceId]/reports/preview/export/route')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let reviewer: User
let viewer: User
let outsider: User
let workspaceId: string
let docs: { tradeOld: string; tradeNew: string; budget: string; undated: string }

const TEXT = 'Trade reached over $110 billion in 2024. Sanctions number over 15,000 since 2022.'
async function expectAppError(promise: Promise<unknown>, code: ErrorCode, message?: RegExp) {
  const error = await expectCode(promise, code)
  if (message) expect(error.message).toMatch(message)
}

const OPTIONS = { scope: 'all', includeComments: false, includeAuditAppendix: false } as const

async function doc(title: string, publishedAt?: string) {
  const { id } = await createDocument({ actor: owner, workspaceId, title, text: `${title}. ${TEXT}`, ...(publishedAt ? { publishedAt } : {}) })
  return id
}

beforeEach(async () => {
  ;[owner, reviewer, viewer, outsider] = await Promise.all([createUser('Olga'), createUser('Rita'), createUser('Vic'), createUser('outsider')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
  docs = {
    tradeOld: await doc('Trade with China', '2023-03-01'),
    tradeNew: await doc('China TRADE grows', '2024-06-15'),
    budget: await doc('Budget review', '2024-01-10'),
    undated: await doc('Trade notes'),
  }
})

describe('report filter criteria', () => {
  it('explains bad criteria by field', async () => {
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: 'Empty', criteria: {} }), 'INVALID_INPUT', /criteria: must set at least one criterion/)
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: 'Bad', criteria: { publishedFrom: '2024-02-30' } }), 'INVALID_INPUT', /criteria\.publishedFrom: is not a real calendar date/)
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: 'Bad', criteria: { publishedTo: '31/05/2024' } }), 'INVALID_INPUT', /criteria\.publishedTo: must be a date like 2024-05-31/)
    await expectAppError(
      createReportFilter({ actor: owner, workspaceId, name: 'Bad', criteria: { publishedFrom: '2024-05-01', publishedTo: '2024-04-30' } }),
      'INVALID_INPUT',
      /criteria\.publishedTo: must be on or after publishedFrom/,
    )
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: 'Bad', criteria: { titleContains: 'x'.repeat(201) } }), 'INVALID_INPUT', /criteria\.titleContains: must be at most 200 characters/)
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: 'Bad', criteria: { onlyWithVerifiedClaims: 'yes' } }), 'INVALID_INPUT', /criteria\.onlyWithVerifiedClaims: must be true or false/)
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: '  ', criteria: { titleContains: 'a' } }), 'INVALID_INPUT', /name: is required/)
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: 'n'.repeat(101), criteria: { titleContains: 'a' } }), 'INVALID_INPUT', /name: must be at most 100 characters/)
  })
})

describe('resolveReportFilter', () => {
  async function resolve(criteria: Record<string, unknown>, name = 'F') {
    const filter = await createReportFilter({ actor: owner, workspaceId, name, criteria })
    return resolveReportFilter({ actor: viewer, workspaceId, filterId: filter.id })
  }

  it('matches the title case-insensitively, newest first, undated last', async () => {
    const result = await resolve({ titleContains: '  trade ' })
    expect(result.documentIds).toEqual([docs.tradeNew, docs.tradeOld, docs.undated])
    expect(result).toMatchObject({ matchCount: 3, truncated: false, filter: { name: 'F', criteria: { titleContains: 'trade' } } })
    expect(result.documents[0]).toEqual({ id: docs.tradeNew, title: 'China TRADE grows', publishedAt: '2024-06-15' })
  })

  it('matches a date range, both ends included, and a one-sided range', async () => {
    expect((await resolve({ publishedFrom: '2024-01-10', publishedTo: '2024-06-15' }, 'A')).documentIds).toEqual([docs.tradeNew, docs.budget])
    expect((await resolve({ publishedTo: '2023-12-31' }, 'B')).documentIds).toEqual([docs.tradeOld])
    expect((await resolve({ titleContains: 'trade', publishedFrom: '2024-01-01' }, 'C')).documentIds).toEqual([docs.tradeNew])
  })

  it('keeps only documents with a current verified claim, and leaves archived documents out', async () => {
    const db = getDb()
    await db.claim.updateMany({ where: { documentId: docs.budget }, data: { status: 'VERIFIED' } })
    // A dismissed verified claim does not count.
    await db.claim.updateMany({ where: { documentId: docs.tradeOld }, data: { status: 'VERIFIED', dismissedAt: new Date() } })
    expect((await resolve({ onlyWithVerifiedClaims: true })).documentIds).toEqual([docs.budget])
    await db.document.update({ where: { id: docs.budget }, data: { archivedAt: new Date() } })
    expect((await resolve({ onlyWithVerifiedClaims: true }, 'G')).documentIds).toEqual([])
  })

  it('caps the documents at the 50 a report holds and says more matched', async () => {
    const db = getDb()
    // (A workspace holds one live document per text: each copy has a hash of its own.)
    await db.document.createMany({
      data: Array.from({ length: 55 }, (_, index) => ({ workspaceId, title: `Bulk ${index}`, contentHash: `bulk-${index}`, createdById: owner.id, publishedAt: new Date(Date.UTC(2020, 0, index + 1)) })),
    })
    const result = await resolve({ titleContains: 'bulk' })
    expect(result.documentIds).toHaveLength(50)
    expect(result).toMatchObject({ matchCount: 55, truncated: true })
    expect(result.documents[0]?.title).toBe('Bulk 54')
  })

  it('builds and publishes a report from the resolved documents; the published report is frozen', async () => {
    const filter = await createReportFilter({ actor: owner, workspaceId, name: 'Trade', criteria: { titleContains: 'trade' } })
    const { documentIds } = await resolveReportFilter({ actor: owner, workspaceId, filterId: filter.id })
    const report = await buildReport({ actor: viewer, workspaceId, documentIds, options: OPTIONS })
    expect(report.documents.map((document) => document.id)).toEqual([docs.tradeNew, docs.tradeOld, docs.undated])
    expect(report.summary.claimCount).toBeGreaterThan(0)
    const published = await publishReport({ actor: owner, workspaceId, title: 'Trade pieces', documentIds, options: OPTIONS })
    expect(published.documentIds).toEqual(documentIds)
    await doc('More trade')
    expect((await resolveReportFilter({ actor: owner, workspaceId, filterId: filter.id })).documentIds).toHaveLength(4)
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: published.id } })
    expect(stored.documentIds).toEqual(documentIds)
  })
})

describe('saving and deleting filters', () => {
  it('creates, lists and deletes with activity; a duplicate name is a CONFLICT naming it', async () => {
    const filter = await createReportFilter({ actor: owner, workspaceId, name: ' 2024 pieces ', criteria: { publishedFrom: '2024-01-01', onlyWithVerifiedClaims: false } })
    expect(filter).toMatchObject({ name: '2024 pieces', criteria: { publishedFrom: '2024-01-01' }, createdBy: 'Olga' })
    expect(filter.criteria).not.toHaveProperty('onlyWithVerifiedClaims')
    await expectAppError(createReportFilter({ actor: owner, workspaceId, name: '2024 pieces', criteria: { titleContains: 'x' } }), 'CONFLICT', /“2024 pieces” already exists/)
    const listed = await findReportFilters({ actor: viewer, workspaceId })
    expect(listed).toMatchObject({ canManage: false, filters: [{ id: filter.id, name: '2024 pieces' }] })
    expect((await findReportFilters({ actor: owner, workspaceId })).canManage).toBe(true)
    await deleteReportFilter({ actor: owner, workspaceId, filterId: filter.id })
    expect((await findReportFilters({ actor: viewer, workspaceId })).filters).toEqual([])
    const events = await getDb().activityEvent.findMany({ where: { workspaceId, subjectType: 'ReportFilter' }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })
    expect(events.map((event) => [event.action, event.subjectId])).toEqual([
      ['reportFilter.created', filter.id],
      ['reportFilter.deleted', filter.id],
    ])
    await expectAppError(deleteReportFilter({ actor: owner, workspaceId, filterId: filter.id }), 'NOT_FOUND')
  })

  it('lets only editors and owners create or delete; outsiders and foreign workspaces get NOT_FOUND', async () => {
    const criteria = { titleContains: 'trade' }
    await expectAppError(createReportFilter({ actor: reviewer, workspaceId, name: 'R', criteria }), 'FORBIDDEN')
    await expectAppError(createReportFilter({ actor: viewer, workspaceId, name: 'V', criteria }), 'FORBIDDEN')
    const filter = await createReportFilter({ actor: owner, workspaceId, name: 'Mine', criteria })
    await expectAppError(deleteReportFilter({ actor: reviewer, workspaceId, filterId: filter.id }), 'FORBIDDEN')
    expect((await resolveReportFilter({ actor: reviewer, workspaceId, filterId: filter.id })).documentIds).toHaveLength(3)
    await expectAppError(findReportFilters({ actor: outsider, workspaceId }), 'NOT_FOUND')
    await expectAppError(resolveReportFilter({ actor: outsider, workspaceId, filterId: filter.id }), 'NOT_FOUND')
    // The outsider's own workspace does not reach this workspace's filter.
    await expectAppError(resolveReportFilter({ actor: outsider, workspaceId: outsider.workspaceId, filterId: filter.id }), 'NOT_FOUND')
    await expectAppError(deleteReportFilter({ actor: outsider, workspaceId: outsider.workspaceId, filterId: filter.id }), 'NOT_FOUND')
    // The same name may be used in another workspace.
    await createReportFilter({ actor: outsider, workspaceId: outsider.workspaceId, name: 'Mine', criteria })
  })
})

describe('report filter routes', () => {
  async function call(handler: (request: Request, context: never) => Promise<Response>, method: string, params: Record<string, string> = {}, body?: unknown, query = '') {
    const init: RequestInit = body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
    return handler(new Request(`http://localhost/api/x${query}`, init), { params: Promise.resolve({ workspaceId, ...params }) } as never)
  }

  it('creates, lists, resolves, exports a preview by filterId, and deletes', async () => {
    session.actor = owner
    const created = await call(filtersRoute.POST, 'POST', {}, { name: 'Trade', criteria: { titleContains: 'trade', publishedFrom: '', publishedTo: '', onlyWithVerifiedClaims: false } })
    expect(created.status).toBe(201)
    const { filter } = (await created.json()) as { filter: { id: string; criteria: unknown } }
    expect(filter.criteria).toEqual({ titleContains: 'trade' })
    const duplicate = await call(filtersRoute.POST, 'POST', {}, { name: 'Trade', criteria: { titleContains: 'x' } })
    expect(duplicate.status).toBe(409)
    const invalid = await call(filtersRoute.POST, 'POST', {}, { name: 'Empty', criteria: {} })
    expect(invalid.status).toBe(422)

    session.actor = viewer
    const listed = (await (await call(filtersRoute.GET, 'GET')).json()) as { filters: { id: string }[]; canManage: boolean }
    expect(listed).toMatchObject({ canManage: false, filters: [{ id: filter.id }] })
    const resolved = await call(documentsRoute.GET, 'GET', { filterId: filter.id })
    expect(resolved.status).toBe(200)
    expect(((await resolved.json()) as { documentIds: string[] }).documentIds).toEqual([docs.tradeNew, docs.tradeOld, docs.undated])
    const csv = await call(previewExport.GET, 'GET', {}, undefined, `?filterId=${filter.id}&scope=all&format=csv`)
    expect(csv.status).toBe(200)
    const text = await csv.text()
    expect(text).toContain('China TRADE grows')
    expect(text).not.toContain('Budget review')
    expect((await call(previewExport.GET, 'GET', {}, undefined, '?filterId=nope&scope=all&format=csv')).status).toBe(404)
    expect((await call(filterRoute.DELETE, 'DELETE', { filterId: filter.id })).status).toBe(403)

    session.actor = owner
    expect((await call(filterRoute.DELETE, 'DELETE', { filterId: filter.id })).status).toBe(200)
    expect((await call(documentsRoute.GET, 'GET', { filterId: filter.id })).status).toBe(404)
  })
})
