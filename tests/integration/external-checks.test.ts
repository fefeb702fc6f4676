// Importing ClaimReview JSON-LD into the library of external checks: the shapes it
// arrives in, idempotence, all-or-nothing rejection with the place of each problem,
// who may import, isolation between workspaces, the rating → verdict mapping, and the routes.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { deleteExternalCheck, findExternalChecks } from '@/lib/checked-before/find-external-checks'
import { importExternalChecks, parseJsonLines } from '@/lib/checked-before/import-external-checks'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { exportClaimReviews } from '@/lib/interchange/export-claim-reviews'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { expectAppError } from '../support/app-error'
import { addMember } from '../support/members'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const listRoute = await import('@/app/api/workspaces/[workspaceId]/external-checks/route')
const checkRoute = await import('@/app/api/workspaces/[workspaceId]/external-checks/[checkId]/route')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let editor: User
let reviewer: User
let viewer: User
let outsider: User
let workspaceId: string

beforeEach(async () => {
  ;[owner, editor, reviewer, viewer, outsider] = await Promise.all([createUser('owner'), createUser('editor'), createUser('reviewer'), createUser('viewer'), createUser('outsider')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: editor.email, role: 'EDITOR' })
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
})

function review(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://factcheck.example/reviews/${n}`,
    claimReviewed: `Unemployment fell to ${n}.5% in 2023, the lowest rate in ${n + 10} years.`,
    datePublished: `2024-03-${String(n).padStart(2, '0')}`,
    author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example' },
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A. Minister' } },
    ...overrides,
  }
}

const stored = () => getDb().externalCheck.findMany({ where: { workspaceId }, orderBy: { url: 'asc' } })
const importActions = () => getDb().activityEvent.findMany({ where: { workspaceId, action: 'external_checks.imported' }, orderBy: { id: 'asc' } })

describe('importing ClaimReview', () => {
  it('stores a single review with its publisher, rating, verdict, date, claimant and figures, and records the import', async () => {
    expect(await importExternalChecks({ actor: editor, workspaceId, input: review(1, { claimReviewed: '  Trade with Russia reached over $110 billion in 2024. ' }) })).toEqual({ imported: 1, updated: 0 })
    const [check] = await stored()
    expect(check).toMatchObject({
      claimText: 'Trade with Russia reached over $110 billion in 2024.',
      url: 'https://factcheck.example/reviews/1',
      publisherName: 'Example Fact Check',
      publisherUrl: 'https://factcheck.example',
      ratingName: 'Mostly false',
      verdict: 'INACCURATE',
      claimAuthor: 'A. Minister',
      importedById: editor.id,
    })
    expect(check!.ratingValue?.toNumber()).toBe(2)
    expect(check!.bestRating?.toNumber()).toBe(5)
    expect(check!.reviewedAt?.toISOString()).toBe('2024-03-01T00:00:00.000Z')
    expect(check!.quantities).toEqual([expect.objectContaining({ value: '110000000000', unit: 'XDL', year: 2024, qualifier: 'over', valueMax: null })])
    const [event] = await importActions()
    expect(event).toMatchObject({ actorId: editor.id, subjectType: 'Workspace', subjectId: workspaceId, after: { imported: 1, updated: 0, publishers: ['Example Fact Check'] } })
    // The search trigger indexed it, so the matcher can find it by its words.
    const [indexed] = await getDb().$queryRaw<{ found: boolean }[]>`SELECT "searchVector" @@ to_tsquery('claimtrack_search', 'russia') AS found FROM "ExternalCheck" WHERE id = ${check!.id}`
    expect(indexed?.found).toBe(true)
  })

  it('reads an array, an @graph with other nodes, an @type array, publisher for author, and JSON Lines', async () => {
    expect(await importExternalChecks({ actor: owner, workspaceId, input: [review(1), review(2)] })).toEqual({ imported: 2, updated: 0 })
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Example Fact Check' }, review(3, { '@type': ['ClaimReview', 'Review'] }), review(4, { author: undefined, publisher: { name: 'Other Checker' } })] }
    expect(await importExternalChecks({ actor: owner, workspaceId, input: graph })).toEqual({ imported: 2, updated: 0 })
    const lines = `${JSON.stringify(review(5))}\n\n${JSON.stringify(review(6, { reviewRating: [{ ratingValue: '5', bestRating: '5', worstRating: '1' }] }))}\n`
    expect(await importExternalChecks({ actor: owner, workspaceId, input: parseJsonLines(lines) })).toEqual({ imported: 2, updated: 0 })
    const checks = await stored()
    expect(checks.map((check) => check.url.split('/').at(-1))).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(checks[3]!.publisherName).toBe('Other Checker')
    expect(checks[5]!.verdict).toBe('ACCURATE')
  })

  it('imports our own ClaimReview export', async () => {
    const { id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Trade', author: 'Jane Writer', publishedAt: '2025-01-10', text: 'Trade reached over $110 billion in 2024. The minister called it a triumph.' })
    const claim = (await findClaims({ actor: owner, workspaceId, documentId })).find((item) => item.quote.includes('$110 billion'))!
    await rateClaim({ actor: reviewer, workspaceId, claimId: claim.id, verdict: 'MISLEADING', confidence: 4, rationale: 'Customs say otherwise.' })
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })
    await setClaimStatus({ actor: owner, workspaceId, claimId: claim.id, version, status: 'VERIFIED', verdict: 'MISLEADING', overrideReason: 'One reviewer is enough here.' })
    const exported = await exportClaimReviews({ actor: owner, workspaceId, documentIds: [documentId], reportUrl: 'https://claimtrack.example/r/abc' })
    expect(exported).toHaveLength(1)

    expect(await importExternalChecks({ actor: outsider, workspaceId: outsider.workspaceId, input: exported })).toEqual({ imported: 1, updated: 0 })
    const [check] = await getDb().externalCheck.findMany({ where: { workspaceId: outsider.workspaceId } })
    expect(check).toMatchObject({ claimText: claim.quote, url: `https://claimtrack.example/r/abc#claim-${claim.id}`, ratingName: 'Misleading', verdict: 'MISLEADING', claimAuthor: 'Jane Writer' })
  })

  it('updates a review imported before (same url and claim) instead of repeating it', async () => {
    await importExternalChecks({ actor: owner, workspaceId, input: [review(1), review(2)] })
    const before = await stored()
    const again = [review(1, { reviewRating: { ratingValue: 1, alternateName: 'False' }, author: { name: 'Example Fact Check (corrected)' } }), review(2), review(3), review(3)]
    expect(await importExternalChecks({ actor: editor, workspaceId, input: again })).toEqual({ imported: 1, updated: 2 })
    const after = await stored()
    expect(after).toHaveLength(3)
    expect(after[0]).toMatchObject({ id: before[0]!.id, verdict: 'FALSE', ratingName: 'False', publisherName: 'Example Fact Check (corrected)', importedById: owner.id })
    expect(after[0]!.bestRating).toBeNull()
    // A different claim under the same review URL is another check.
    expect(await importExternalChecks({ actor: owner, workspaceId, input: review(1, { claimReviewed: 'Another claim in the same article.' }) })).toEqual({ imported: 1, updated: 0 })
    expect((await importActions()).map((event) => event.after)).toMatchObject([{ imported: 2 }, { imported: 1, updated: 2 }, { imported: 1 }])
  })

  it('rejects a malformed upload with the place of every problem and imports nothing', async () => {
    const input = [review(1), review(2), review(3), review(4, { reviewRating: { ratingValue: 'high' }, url: 'ftp://factcheck.example/4', author: { '@type': 'Organization' }, datePublished: 'last Tuesday' }), review(5, { claimReviewed: '   ' }), 'not a review', review(7, { claimReviewed: 'x'.repeat(5_001) })]
    const error = await expectAppError(importExternalChecks({ actor: owner, workspaceId, input }), 'INVALID_INPUT')
    expect(error.fields).toEqual([
      { field: '[3].url', message: 'must be an http(s) URL' },
      { field: '[3].author.name', message: expect.stringMatching(/^is required/) },
      { field: '[3].datePublished', message: 'expected a date (YYYY-MM-DD)' },
      { field: '[3].reviewRating.ratingValue', message: 'expected a number' },
      { field: '[4].claimReviewed', message: 'is empty' },
      { field: '[5]', message: 'expected a ClaimReview object' },
      { field: '[6].claimReviewed', message: 'is longer than 5,000 characters' },
    ])
    expect(error.message).toMatch(/^Nothing was imported: 4 of 7 entries have problems — \[3\]\.url: must be an http\(s\) URL/)
    const lines = await expectAppError(importExternalChecks({ actor: owner, workspaceId, input: parseJsonLines(`${JSON.stringify(review(1))}\n${JSON.stringify(review(2, { url: undefined }))}`) }), 'INVALID_INPUT')
    expect(lines.fields).toEqual([{ field: 'line 2: url', message: 'is required' }])
    expect(() => parseJsonLines(`${JSON.stringify(review(1))}\n{"@type": "ClaimReview",`)).toThrow(/line 2: is not valid JSON/)
    expect(await stored()).toEqual([])
    expect(await importActions()).toEqual([])
  })

  it('says when there is nothing to import or too much', async () => {
    const none = await expectAppError(importExternalChecks({ actor: owner, workspaceId, input: { '@type': 'WebPage', name: 'Not a review' } }), 'INVALID_INPUT')
    expect(none.message).toMatch(/^No ClaimReview found/)
    const untyped = await expectAppError(importExternalChecks({ actor: owner, workspaceId, input: [{ claimReviewed: 'No type', url: 'https://x.example' }] }), 'INVALID_INPUT')
    expect(untyped.fields).toEqual([{ field: '[0].@type', message: 'must be "ClaimReview"' }])
    const tooMany = await expectAppError(importExternalChecks({ actor: owner, workspaceId, input: Array.from({ length: 5_001 }, (_, n) => review(n)) }), 'INVALID_INPUT')
    expect(tooMany.message).toMatch(/at most 5,000 reviews; this one has 5,001/)
    expect(await stored()).toEqual([])
  })

  it('lets only editors and owners import, and only members see the library', async () => {
    for (const actor of [viewer, reviewer]) await expectAppError(importExternalChecks({ actor, workspaceId, input: review(1) }), 'FORBIDDEN')
    // Not even the problems of a malformed upload are read for someone who may not import.
    await expectAppError(importExternalChecks({ actor: viewer, workspaceId, input: { bad: true } }), 'FORBIDDEN')
    await expectAppError(importExternalChecks({ actor: outsider, workspaceId, input: review(1) }), 'NOT_FOUND')
    expect(await stored()).toEqual([])

    await importExternalChecks({ actor: owner, workspaceId, input: [review(1), review(2)] })
    expect((await findExternalChecks({ actor: viewer, workspaceId })).checks).toHaveLength(2)
    await expectAppError(findExternalChecks({ actor: outsider, workspaceId }), 'NOT_FOUND')
    expect(await findExternalChecks({ actor: outsider, workspaceId: outsider.workspaceId })).toEqual({ checks: [], total: 0, nextCursor: null })
    const [first] = await stored()
    await expectAppError(deleteExternalCheck({ actor: outsider, workspaceId, checkId: first!.id }), 'NOT_FOUND')
    await expectAppError(deleteExternalCheck({ actor: outsider, workspaceId: outsider.workspaceId, checkId: first!.id }), 'NOT_FOUND')
    await expectAppError(deleteExternalCheck({ actor: reviewer, workspaceId, checkId: first!.id }), 'FORBIDDEN')
    expect(await deleteExternalCheck({ actor: editor, workspaceId, checkId: first!.id })).toEqual({ id: first!.id })
    expect(await stored()).toHaveLength(1)
    const deleted = await getDb().activityEvent.findFirst({ where: { subjectId: first!.id } })
    expect(deleted).toMatchObject({ action: 'external_check.deleted', actorId: editor.id, before: { url: first!.url } })
  })
})

describe('rating → verdict', () => {
  const cases: [Record<string, unknown> | undefined, string | null][] = [
    [{ ratingValue: 5 }, 'ACCURATE'],
    [{ ratingValue: 4, bestRating: 5, worstRating: 1 }, 'ACCURATE_WITH_CAVEATS'],
    [{ ratingValue: 3 }, 'MISLEADING'],
    [{ ratingValue: 1, alternateName: 'True' }, 'FALSE'], // the number decides
    [{ ratingValue: 0, bestRating: 10, worstRating: 0 }, 'FALSE'],
    [{ ratingValue: 9, bestRating: 10, worstRating: 0 }, 'ACCURATE'],
    [{ ratingValue: 6, bestRating: 6, worstRating: 1, name: 'True' }, 'ACCURATE'],
    [{ ratingValue: -1, bestRating: -1, worstRating: -1, alternateName: 'Half true' }, 'MISLEADING'], // no scale: the words decide
    [{ alternateName: 'False' }, 'FALSE'],
    [{ alternateName: 'Pants on Fire!' }, 'FALSE'],
    [{ alternateName: 'Mostly False' }, 'INACCURATE'],
    [{ alternateName: 'Mostly true' }, 'ACCURATE_WITH_CAVEATS'],
    [{ alternateName: 'Accurate with caveats' }, 'ACCURATE_WITH_CAVEATS'],
    [{ alternateName: 'Misleading' }, 'MISLEADING'],
    [{ alternateName: 'Missing context' }, 'MISLEADING'],
    [{ alternateName: 'Inaccurate' }, 'INACCURATE'],
    [{ name: 'Not true' }, 'FALSE'],
    [{ alternateName: 'Unproven' }, 'UNVERIFIABLE'],
    [{ alternateName: 'Satire' }, null],
    [undefined, null],
  ]

  it('places a number on its own scale, and reads the words where there is none', async () => {
    const input = cases.map(([rating], n) => review(n + 1, { reviewRating: rating }))
    await importExternalChecks({ actor: owner, workspaceId, input })
    const byUrl = new Map((await stored()).map((check) => [check.url, check.verdict]))
    expect(cases.map(([rating], n) => [rating, byUrl.get(`https://factcheck.example/reviews/${n + 1}`)])).toEqual(cases)
  })
})

describe('listing', () => {
  it('pages newest review first, undated ones last', async () => {
    await importExternalChecks({ actor: owner, workspaceId, input: [review(3), review(1), review(5), review(2, { datePublished: undefined }), review(4, { datePublished: '' })] })
    const seen: string[] = []
    let cursor: string | null | undefined
    do {
      const page = await findExternalChecks({ actor: viewer, workspaceId, limit: 2, cursor })
      expect(page.total).toBe(5)
      seen.push(...page.checks.map((check) => check.url.split('/').at(-1)!))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen.slice(0, 3)).toEqual(['5', '3', '1'])
    expect(seen.slice(3).sort()).toEqual(['2', '4'])
    const error = await expectAppError(findExternalChecks({ actor: viewer, workspaceId, cursor: 'nope' }), 'INVALID_INPUT')
    expect(error.fields).toEqual([{ field: 'cursor', message: 'is not a page cursor from this list' }])
  })
})

describe('routes', () => {
  const url = (workspace = workspaceId) => `http://localhost/api/workspaces/${workspace}/external-checks`
  const post = (body: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
    listRoute.POST(new Request(url(), { method: 'POST', body, headers: { 'content-type': contentType, ...headers } }), { params: Promise.resolve({ workspaceId }) })

  it('imports JSON and JSON Lines, lists them and deletes one', async () => {
    session.actor = editor
    const json = await post(JSON.stringify([review(1), review(2)]), 'application/ld+json')
    expect(json.status).toBe(200)
    expect(await json.json()).toEqual({ imported: 2, updated: 0 })
    const lines = await post([review(2), review(3)].map((item) => JSON.stringify(item)).join('\n'), 'application/x-ndjson; charset=utf-8')
    expect(await lines.json()).toEqual({ imported: 1, updated: 1 })

    session.actor = viewer
    const list = await listRoute.GET(new Request(`${url()}?limit=2`), { params: Promise.resolve({ workspaceId }) })
    const page = await list.json()
    expect(page).toMatchObject({ total: 3, checks: [{ url: 'https://factcheck.example/reviews/3', ratingValue: 2, verdict: 'INACCURATE', reviewedAt: '2024-03-03T00:00:00.000Z' }, {}] })
    expect(page.nextCursor).toEqual(expect.any(String))
    const deleteAs = (checkId: string) => checkRoute.DELETE(new Request(`${url()}/${checkId}`, { method: 'DELETE' }), { params: Promise.resolve({ workspaceId, checkId }) })
    expect((await deleteAs(page.checks[0].id)).status).toBe(403)
    session.actor = owner
    expect((await deleteAs(page.checks[0].id)).status).toBe(200)
    expect((await deleteAs(page.checks[0].id)).status).toBe(404)
  })

  it('answers 422 with the list of problems, 413 for an oversize body, and 403 for a viewer', async () => {
    session.actor = owner
    const invalid = await post(JSON.stringify([review(1), review(2, { reviewRating: { ratingValue: 'two' } })]))
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).error.fields).toEqual([{ field: '[1].reviewRating.ratingValue', message: 'expected a number' }])
    const notJson = await post(`${JSON.stringify(review(1))}\n${JSON.stringify(review(2))}`)
    expect(notJson.status).toBe(422)
    expect((await notJson.json()).error.message).toMatch(/not valid JSON .*application\/x-ndjson/)
    const badLine = await post(`${JSON.stringify(review(1))}\n{`, 'application/x-ndjson')
    expect((await badLine.json()).error.fields).toEqual([{ field: 'line 2', message: 'is not valid JSON' }])
    expect((await post('  ')).status).toBe(422)

    const declared = await post('[]', 'application/json', { 'content-length': String(11 * 1024 * 1024) })
    expect(declared.status).toBe(413)
    expect((await declared.json()).error.message).toMatch(/larger than 10 MB/)
    const undeclared = await post(`[${JSON.stringify(review(1))},"${'x'.repeat(10 * 1024 * 1024)}"]`)
    expect(undeclared.status).toBe(413)

    session.actor = viewer
    const forbidden = await post(JSON.stringify(review(1)))
    expect(forbidden.status).toBe(403)
    expect((await forbidden.json()).error.message).toMatch(/viewer/)
    expect(await stored()).toEqual([])
  })
})
