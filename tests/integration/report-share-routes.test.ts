// The HTTP contract of the report routes: publish, share and revoke, and the export
// downloads (content type, attachment file name, bytes) from a snapshot or a preview.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { getSharedReport } from '@/lib/reports/share-link'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const reports = await import('@/app/api/workspaces/[workspaceId]/reports/route')
const share = await import('@/app/api/workspaces/[workspaceId]/reports/[reportId]/share/route')
const exportRoute = await import('@/app/api/workspaces/[workspaceId]/reports/[reportId]/export/route')
const previewExport = await import('@/app/api/workspaces/[workspaceId]/reports/preview/export/route')

const TEXT = 'Trade reached over $110 billion in 2024. "=cmd" said the minister.'
const OPTIONS = { scope: 'all', includeComments: false, includeAuditAppendix: false }

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  ;[owner, reviewer] = await Promise.all([createUser('owner'), createUser('reviewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade: “2024”', text: TEXT })).id
  session.actor = owner
})

async function call(handler: (request: Request, context: never) => Promise<Response>, method: string, params: Record<string, string> = {}, body?: unknown, query = '') {
  const init: RequestInit = body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
  return handler(new Request(`http://localhost/api/x${query}`, init), { params: Promise.resolve({ workspaceId, ...params }) } as never)
}

async function publish() {
  const response = await call(reports.POST, 'POST', {}, { title: 'Trade check', documentIds: [documentId], options: OPTIONS })
  expect(response.status).toBe(201)
  return ((await response.json()) as { report: { id: string; contentHash: string; claimCount: number } }).report
}

describe('report routes', () => {
  it('publishes, lists, shares without a body, and revokes', async () => {
    const report = await publish()
    expect(report.claimCount).toBeGreaterThan(0)
    const listed = (await (await call(reports.GET, 'GET')).json()) as { reports: { id: string; share: { state: string } }[] }
    expect(listed.reports).toEqual([expect.objectContaining({ id: report.id, share: expect.objectContaining({ state: 'none' }) })])

    const created = await call(share.POST, 'POST', { reportId: report.id })
    expect(created.status).toBe(201)
    const { link } = (await created.json()) as { link: { token: string; path: string; expiresAt: string | null } }
    expect(link.path).toBe(`/r/${link.token}`)
    expect(link.expiresAt).toBeNull()
    expect((await getSharedReport(link.token)).contentHash).toBe(report.contentHash)

    const badExpiry = await call(share.POST, 'POST', { reportId: report.id }, { expiresAt: 'tomorrow' })
    expect(badExpiry.status).toBe(422)
    expect(((await badExpiry.json()) as { error: { fields: { field: string }[] } }).error.fields[0]!.field).toBe('expiresAt')

    expect((await call(share.DELETE, 'DELETE', { reportId: report.id })).status).toBe(200)
    expect((await call(share.DELETE, 'DELETE', { reportId: report.id })).status).toBe(409)
    await expect(getSharedReport(link.token)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses reviewers with 403 and strangers with 404', async () => {
    const report = await publish()
    session.actor = reviewer
    expect((await call(reports.POST, 'POST', {}, { title: 'Mine', documentIds: [documentId], options: OPTIONS })).status).toBe(403)
    expect((await call(share.POST, 'POST', { reportId: report.id })).status).toBe(403)
    expect((await call(exportRoute.GET, 'GET', { reportId: report.id }, undefined, '?format=md')).status).toBe(200)
    session.actor = await createUser('stranger')
    expect((await call(exportRoute.GET, 'GET', { reportId: report.id }, undefined, '?format=md')).status).toBe(404)
  })

  it('downloads every format of a published report as an attachment', async () => {
    const report = await publish()
    const expected: Record<string, { type: RegExp; extension: string }> = {
      html: { type: /^text\/html/, extension: 'html' },
      pdf: { type: /^application\/pdf$/, extension: 'pdf' },
      md: { type: /^text\/markdown/, extension: 'md' },
      csv: { type: /^text\/csv/, extension: 'csv' },
      'csv-quantities': { type: /^text\/csv/, extension: 'quantities.csv' },
      claimreview: { type: /^application\/ld\+json/, extension: 'claimreview.jsonld' },
    }
    for (const [format, { type, extension }] of Object.entries(expected)) {
      const response = await call(exportRoute.GET, 'GET', { reportId: report.id }, undefined, `?format=${format}`)
      expect(response.status, format).toBe(200)
      expect(response.headers.get('content-type')).toMatch(type)
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="trade-check-${report.contentHash.slice(0, 8)}.${extension}"`)
      const bytes = Buffer.from(await response.arrayBuffer())
      if (format === 'pdf') expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      if (format === 'md' || format === 'html') expect(bytes.toString()).toContain(report.contentHash)
      if (format === 'csv') expect(bytes.toString()).toContain('$110 billion')
    }
    const unknown = await call(exportRoute.GET, 'GET', { reportId: report.id }, undefined, '?format=docx')
    expect(unknown.status).toBe(422)
  })

  it('exports the builder preview without storing it, and an empty selection as an empty report', async () => {
    const csv = await call(previewExport.GET, 'GET', {}, undefined, `?documentIds=${documentId}&scope=all&format=csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(await csv.text()).toContain('$110 billion')
    const quantities = await call(previewExport.GET, 'GET', {}, undefined, `?documentIds=${documentId}&scope=all&format=csv-quantities`)
    expect(quantities.headers.get('content-type')).toMatch(/^text\/csv/)
    expect((await quantities.text()).split('\r\n')[0]).toBe('document_id,claim_id,position,text,value,value_max,unit,qualifier,year,formatted')
    // checked before the stream starts: an unknown document still gets its status
    const unknownDocument = await call(previewExport.GET, 'GET', {}, undefined, '?documentIds=cm0000000000000000000000&scope=all&format=csv')
    expect(unknownDocument.status).toBe(404)
    const empty = await call(previewExport.GET, 'GET', {}, undefined, `?documentIds=${documentId}&scope=verified&format=md`)
    expect(empty.status).toBe(200)
    expect(empty.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-[0-9a-f]{8}\.md"$/)
    const none = await call(previewExport.GET, 'GET', {}, undefined, '?scope=all&format=csv')
    expect(none.status).toBe(422)
    const listed = (await (await call(reports.GET, 'GET')).json()) as { reports: unknown[] }
    expect(listed.reports).toEqual([])
  })
})
