// The export and annotation routes: status, headers, streamed bodies, errors.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { addMember } from '../support/members'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { publicBaseUrl } from '@/lib/http/public-url'
import { validateClaimReview } from '@/lib/reports/validate-claim-review'
import { createSource } from '@/lib/sources/create-source'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const jsonRoute = await import('@/app/api/workspaces/[workspaceId]/exports/json/route')
const w3cRoute = await import('@/app/api/workspaces/[workspaceId]/exports/w3c/route')
const claimReviewRoute = await import('@/app/api/workspaces/[workspaceId]/exports/claimreview/route')
const annotationsRoute = await import('@/app/api/workspaces/[workspaceId]/documents/[documentId]/annotations/route')

const TEXT = 'Trade reached over $110 billion in 2024. The minister called it a triumph.'
const BASE = 'http://localhost/api'

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  ;[owner, reviewer] = await Promise.all([createUser('owner'), createUser('reviewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', sourceUrl: 'https://paper.example/trade', author: 'Jane Writer', publishedAt: '2025-01-10', text: TEXT })).id
  const claim = (await findClaims({ actor: owner, workspaceId, documentId })).find((item) => item.quote.includes('$110 billion'))!
  const { source } = await createSource({ actor: owner, workspaceId, url: 'https://customs.example.gov/2024', title: 'Customs 2024', type: 'OFFICIAL_STATISTICS' })
  await addEvidence({ actor: owner, workspaceId, claimId: claim.id, sourceId: source.id, stance: 'SUPPORTS', quote: 'Trade totalled $113.5 billion.' })
  await rateClaim({ actor: reviewer, workspaceId, claimId: claim.id, verdict: 'ACCURATE', confidence: 4, rationale: 'Customs agree.' })
  const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })
  await setClaimStatus({ actor: owner, workspaceId, claimId: claim.id, version, status: 'VERIFIED', verdict: 'ACCURATE', overrideReason: 'One reviewer is enough for customs data.' })
  session.actor = owner
})

const get = (route: { GET: (request: Request, context: { params: Promise<{ workspaceId: string }> }) => Promise<Response> }, query: string, workspace = workspaceId) =>
  route.GET(new Request(`${BASE}/workspaces/${workspace}/exports?${query}`), { params: Promise.resolve({ workspaceId: workspace }) })

describe('export routes', () => {
  it('streams the full JSON export as an attachment, for editors and owners', async () => {
    const response = await get(jsonRoute, '')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="claimtrack-.*\.json"$/)
    const body = await response.json()
    expect(body).toMatchObject({ format: 'claimtrack-export', version: 1, documents: [{ id: documentId }] })
    expect((await (await get(jsonRoute, `documentId=${documentId}`)).json()).scope).toEqual({ documentId })
    expect((await get(jsonRoute, 'documentId=nope')).status).toBe(404)
    session.actor = reviewer
    expect((await get(jsonRoute, '')).status).toBe(403)
  })

  it('gives the W3C collection of a document and ClaimReview JSON-LD of verified claims', async () => {
    const w3c = await get(w3cRoute, `documentId=${documentId}`)
    expect(w3c.status).toBe(200)
    const collection = await w3c.json()
    expect(collection).toMatchObject({ type: 'AnnotationCollection', first: { items: expect.any(Array) } })
    expect(collection.first.items[0].target.source).toBe(`${publicBaseUrl()}/w/${workspaceId}/documents/${documentId}`)
    expect((await get(w3cRoute, '')).status).toBe(422)

    session.actor = reviewer
    const reviews = await (await get(claimReviewRoute, `documentIds=${documentId}&reportUrl=https://desk.example/r/1`)).json()
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'Trade reached over $110 billion in 2024.', reviewRating: { ratingValue: 5, alternateName: 'Accurate' } })
    expect(validateClaimReview(reviews[0])).toEqual({ missingRequired: [], missingRecommended: [] })
    expect((await get(claimReviewRoute, `documentIds=${documentId}&reportUrl=javascript:alert(1)`)).status).toBe(422)
    const outsider = await createUser('outsider')
    session.actor = outsider
    expect((await get(claimReviewRoute, `documentIds=${documentId}`)).status).toBe(404)
  })

  it('imports a W3C collection posted to a document, refusing oversize and malformed bodies', async () => {
    const collection = await (await get(w3cRoute, `documentId=${documentId}`)).json()
    const post = (body: string, headers: Record<string, string> = {}) =>
      annotationsRoute.POST(new Request(`${BASE}/workspaces/${workspaceId}/documents/${documentId}/annotations`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }), { params: Promise.resolve({ workspaceId, documentId }) })
    const response = await post(JSON.stringify(collection))
    expect(response.status).toBe(200)
    expect((await response.json()).results.every((result: { status: string }) => result.status === 'existing')).toBe(true)
    const broken = await post(JSON.stringify({ ...collection, first: { items: [{ type: 'Annotation', target: {} }] } }))
    expect(broken.status).toBe(422)
    expect((await broken.json()).error.fields.map((field: { field: string }) => field.field)).toEqual(['first.items.0.target.selector'])
    expect((await post('{}', { 'content-length': String(6 * 1024 * 1024) })).status).toBe(413)
  })

  it('never takes the address from a forged Host or X-Forwarded-Host', async () => {
    vi.stubEnv('PUBLIC_URL', 'https://desk.example')
    try {
      const forged = new Request(`http://evil.example/api/workspaces/${workspaceId}/exports?documentId=${documentId}`, { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } })
      const body = await (await w3cRoute.GET(forged, { params: Promise.resolve({ workspaceId }) })).text()
      expect(body).toContain(`https://desk.example/w/${workspaceId}/documents/${documentId}`)
      expect(body).not.toContain('evil.example')
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
