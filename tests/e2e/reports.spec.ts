import type { APIRequestContext } from '@playwright/test'
import { addMemberByApi, createDocumentByApi, expect, test } from './fixtures'

const TEXT = 'Trade reached over $110 billion in 2024. Russia faces over 15,000 sanctions since 2022.'

// Rates the $110 billion claim and makes it final with an editor's override, so the
// report has a verified claim (and the ClaimReview JSON-LD a review).
async function verifyFirstClaim(request: APIRequestContext, workspaceId: string, documentId: string) {
  const listed = await request.get(`/api/workspaces/${workspaceId}/documents/${documentId}/claims`)
  expect(listed.status()).toBe(200)
  const { claims } = (await listed.json()) as { claims: { id: string; version: number; quote: string }[] }
  const claim = claims.find((known) => known.quote.includes('$110 billion'))!
  const rated = await request.post(`/api/workspaces/${workspaceId}/claims/${claim.id}/ratings`, { data: { verdict: 'ACCURATE', confidence: 4, rationale: 'Customs data agree.' } })
  expect(rated.status(), await rated.text()).toBe(201)
  const current = (await (await request.get(`/api/workspaces/${workspaceId}/documents/${documentId}/claims`)).json()) as { claims: { id: string; version: number }[] }
  const version = current.claims.find((known) => known.id === claim.id)!.version
  const verified = await request.post(`/api/workspaces/${workspaceId}/claims/${claim.id}/status`, { data: { status: 'VERIFIED', version, verdict: 'ACCURATE', overrideReason: 'Checked against the customs yearbook.' } })
  expect(verified.status(), await verified.text()).toBe(200)
  return claim
}

test('build, preview, publish, share publicly, revoke, and download a PDF', async ({ page, user, browser }, testInfo) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'China and Russia', text: TEXT, sourceUrl: 'https://paper.example/article' })
  await verifyFirstClaim(page.request, user.workspaceId, doc.id)

  // The builder: choose the document and what to include, then preview.
  await page.goto(`/w/${user.workspaceId}/reports`)
  await expect(page.getByText('1 verified')).toBeVisible()
  await page.getByLabel('Select all').check()
  await page.getByLabel('Audit appendix').check()
  await page.getByRole('link', { name: 'Preview' }).click()
  await expect(page).toHaveURL(/\/reports\/preview\?/)
  await expect(page.getByRole('main')).toContainText('Trade reached over $110 billion in 2024.')
  const previewHash = page.locator('[data-content-hash]')
  await expect(previewHash).toHaveText(/^[0-9a-f]{64}$/)
  // Verified only: the unverified claim is not in the report (its words may still show
  // as the verified claim's context).
  await expect(page.getByRole('main')).toContainText('1 claim with a final verdict.')

  // A PDF of the preview downloads and is a PDF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF', exact: true }).click()])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const pdfPath = await download.path()
  const { readFile } = await import('node:fs/promises')
  expect((await readFile(pdfPath)).subarray(0, 4).toString()).toBe('%PDF')

  // Publish from the builder: the report page shows the frozen report with its hash.
  await page.getByRole('link', { name: 'Back to the builder' }).click()
  await page.getByLabel('Report title').fill('Trade check, March')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page).toHaveURL(/\/reports\/c[a-z0-9]+$/)
  await expect(page.getByRole('heading', { name: 'Trade check, March' }).first()).toBeVisible()
  const listed = (await (await page.request.get(`/api/workspaces/${user.workspaceId}/reports`)).json()) as { reports: { contentHash: string }[] }
  const hash = listed.reports[0]!.contentHash
  // The report page prints the stored hash.
  await expect(page.locator('[data-content-hash]')).toHaveText(hash)

  // Share: a fresh browser context with no account opens the report and its JSON-LD.
  await page.getByLabel('Expires (optional)').fill(new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10))
  await page.getByRole('button', { name: 'Create share link' }).click()
  const linkBox = page.getByLabel('Share link', { exact: true })
  await expect(linkBox).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/)
  const shareUrl = await linkBox.inputValue()
  // Built from the public URL (NEXTAUTH_URL here), never from the address the page was opened at.
  expect(shareUrl.startsWith(`${testInfo.project.use.baseURL}/r/`)).toBe(true)

  const stranger = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  const publicPage = await stranger.newPage()
  const response = await publicPage.goto(shareUrl)
  expect(response?.status()).toBe(200)
  await expect(publicPage.getByText('Trade reached over $110 billion in 2024.').first()).toBeVisible()
  await expect(publicPage.locator('[data-content-hash]')).toHaveText(hash)
  // Nothing of the app: no header, no workspace navigation, no sign-in redirect.
  await expect(publicPage).toHaveURL(shareUrl)
  await expect(publicPage.getByRole('link', { name: 'Sources', exact: true })).toHaveCount(0)
  await expect(publicPage.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const jsonLd = JSON.parse((await publicPage.locator('script[type="application/ld+json"]').textContent())!) as { '@type': string; claimReviewed: string }[]
  expect(jsonLd).toEqual([expect.objectContaining({ '@type': 'ClaimReview', claimReviewed: 'Trade reached over $110 billion in 2024.' })])

  // Revoke: the same link now gives the standard 404, and so does a guessed one.
  await page.getByRole('button', { name: 'Revoke link' }).click()
  await expect(page.getByText('The public link was revoked')).toBeVisible()
  const revoked = await publicPage.goto(shareUrl)
  expect(revoked?.status()).toBe(404)
  await expect(publicPage.getByRole('heading', { name: 'Not found' })).toBeVisible()
  const guessed = await publicPage.goto(`/r/${'A'.repeat(43)}`)
  expect(guessed?.status()).toBe(404)
  await stranger.close()

  // The published report's own exports come from the snapshot.
  const exported = await page.request.get(`${new URL(page.url()).pathname.replace('/w/', '/api/workspaces/')}/export?format=csv`)
  expect(exported.status()).toBe(200)
  expect(exported.headers()['content-type']).toContain('text/csv')
  expect(exported.headers()['content-disposition']).toMatch(/^attachment; filename="trade-check-march-[0-9a-f]{8}\.csv"$/)
})

test('a viewer reads published reports but cannot publish or share', async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: TEXT })
  const published = await page.request.post(`/api/workspaces/${user.workspaceId}/reports`, { data: { title: 'Empty check', documentIds: [doc.id], options: { scope: 'verified', includeComments: false, includeAuditAppendix: false } } })
  expect(published.status(), await published.text()).toBe(201)
  const { report } = (await published.json()) as { report: { id: string; claimCount: number } }
  // No verified claims yet: a valid, empty report.
  expect(report.claimCount).toBe(0)

  const viewer = await newSession('viewer')
  await addMemberByApi(page.request, user.workspaceId, { email: viewer.user.email, request: viewer.page.request }, 'VIEWER')
  await viewer.page.goto(`/w/${user.workspaceId}/reports/${report.id}`)
  await expect(viewer.page.getByRole('heading', { name: 'Empty check' }).first()).toBeVisible()
  await expect(viewer.page.getByRole('button', { name: 'Create share link' })).toHaveCount(0)
  await viewer.page.goto(`/w/${user.workspaceId}/reports`)
  await expect(viewer.page.getByRole('button', { name: 'Publish' })).toHaveCount(0)
  const refused = await viewer.page.request.post(`/api/workspaces/${user.workspaceId}/reports/${report.id}/share`, { data: {} })
  expect(refused.status()).toBe(403)
})

test('save a filter in the builder, preview its documents, publish them, delete the filter', async ({ page, user }) => {
  const first = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade in spring', text: TEXT })
  await createDocumentByApi(page.request, user.workspaceId, { title: 'Budget talks', text: `${TEXT}\nThe budget grew 4% in 2024.` })
  await verifyFirstClaim(page.request, user.workspaceId, first.id)

  await page.goto(`/w/${user.workspaceId}/reports`)
  await page.getByRole('radio', { name: 'Saved filter' }).check()
  await expect(page.getByText('No saved filters yet: save one below.')).toBeVisible()
  // At least one criterion: an empty filter is explained.
  await page.getByLabel('Filter name').fill('Trade pieces')
  await page.getByRole('button', { name: 'Save filter' }).click()
  await expect(page.getByText(/must set at least one criterion/)).toBeVisible()
  await page.getByLabel('Title contains').fill('trade')
  await page.getByLabel('Only documents with verified claims').check()
  await page.getByRole('button', { name: 'Save filter' }).click()

  // Saved and chosen: the matching documents and their count.
  await expect(page.getByRole('combobox', { name: 'Saved filter' })).toHaveValue(/.+/)
  await expect(page.getByText('1 matching document')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Trade in spring' })).toBeVisible()

  // The preview resolves the filter on the server.
  await page.getByRole('link', { name: 'Preview' }).click()
  await expect(page).toHaveURL(/\/reports\/preview\?.*filterId=/)
  await expect(page.getByRole('main')).toContainText('Trade reached over $110 billion in 2024.')

  // Back in the builder with the filter still chosen: publish stores its documents.
  await page.getByRole('link', { name: 'Back to the builder' }).click()
  await expect(page.getByText('1 matching document')).toBeVisible()
  await page.getByLabel('Report title').fill('Trade by filter')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page).toHaveURL(/\/reports\/c[a-z0-9]+$/)
  const listed = (await (await page.request.get(`/api/workspaces/${user.workspaceId}/reports`)).json()) as { reports: { documentIds: string[] }[] }
  expect(listed.reports[0]!.documentIds).toEqual([first.id])

  // Delete the filter.
  await page.goto(`/w/${user.workspaceId}/reports`)
  await page.getByRole('radio', { name: 'Saved filter' }).check()
  await page.getByRole('combobox', { name: 'Saved filter' }).selectOption({ label: 'Trade pieces' })
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Delete filter' }).click()
  await expect(page.getByText('No saved filters yet: save one below.')).toBeVisible()
})
