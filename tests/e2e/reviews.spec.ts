import type { APIRequestContext } from '@playwright/test'
import { createDocumentByApi, expect, addMemberByApi, test } from './fixtures'

const TEXT = 'Trade reached over $110 billion in 2024.'

async function firstClaim(request: APIRequestContext, workspaceId: string, documentId: string) {
  const response = await request.get(`/api/workspaces/${workspaceId}/documents/${documentId}/claims`)
  expect(response.status()).toBe(200)
  const { claims } = (await response.json()) as { claims: { id: string; version: number; quote: string }[] }
  return claims[0]!
}

async function rateByApi(request: APIRequestContext, workspaceId: string, claimId: string, verdict: string, confidence: number) {
  const response = await request.post(`/api/workspaces/${workspaceId}/claims/${claimId}/ratings`, { data: { verdict, confidence, rationale: `Rated ${verdict}.` } })
  expect(response.status(), await response.text()).toBe(201)
}

test('reviewers rate a claim; the editor sees them disagree and verifies with a written override', async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: TEXT })
  const reviewer = await newSession('reviewer')
  await addMemberByApi(page.request, user.workspaceId, { email: reviewer.user.email, request: reviewer.page.request }, 'REVIEWER')

  // The reviewer rates from the claim panel, then changes their mind: one current rating, one in the history.
  await reviewer.page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await reviewer.page.getByTestId('claim-item').first().click()
  const section = reviewer.page.getByTestId('claim-review')
  await expect(section).toContainText('No ratings yet.')
  await section.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Misleading' })
  await section.getByRole('radio', { name: /^2/ }).check()
  await section.getByLabel('Rationale').fill('The 2024 figure includes re-exports.')
  await section.getByRole('button', { name: 'Save my rating' }).click()
  await expect(section.getByTestId('claim-status-label')).toHaveText('In review')
  await expect(section.getByLabel('Verdict', { exact: true })).toHaveValue('MISLEADING')
  await section.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Accurate' })
  await section.getByRole('button', { name: 'Update my rating' }).click()
  await expect(section.getByTestId('rating-history')).toContainText('Rating history (1 earlier)')
  await expect(section.getByTestId('rating-agreement')).toHaveText('agreement 100%')

  // The owner rates differently through the API, then opens the claim.
  const claim = await firstClaim(page.request, user.workspaceId, doc.id)
  await rateByApi(page.request, user.workspaceId, claim.id, 'FALSE', 4)
  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await page.getByTestId('claim-item').first().click()
  const panel = page.getByTestId('claim-review')
  await expect(panel.getByTestId('reviewers-disagree')).toBeVisible()
  await expect(panel.getByTestId('rating-agreement')).toHaveText('agreement 50%')
  await expect(panel.getByTestId('rating')).toContainText(['Accurate'])

  await panel.getByRole('button', { name: 'Verify' }).click()
  await expect(panel.getByTestId('failing-rules')).toContainText('needs at least 67% of reviewers on one verdict (has 50%)')
  await expect(panel.getByTestId('failing-rules')).toContainText('official statistics, primary data or peer-reviewed')
  await panel.getByLabel('Final verdict').selectOption({ label: 'False' })
  await panel.getByRole('button', { name: 'Verify with override' }).click()
  await expect(panel.getByLabel('Override reason')).toHaveAttribute('aria-invalid', 'true')
  await panel.getByLabel('Override reason').fill('Customs confirmed the lower figure in writing; their report is not online yet.')
  await panel.getByRole('button', { name: 'Verify with override' }).click()
  await expect(panel.getByTestId('claim-status-label')).toHaveText('Verified')
  await expect(panel.getByTestId('claim-verdict')).toHaveText('Final: False')
  await expect(panel.getByTestId('override-reason')).toContainText('Customs confirmed the lower figure')

  // A reviewer can neither verify nor reopen.
  await reviewer.page.reload()
  await reviewer.page.getByTestId('claim-item').first().click()
  await expect(reviewer.page.getByTestId('claim-review').getByTestId('claim-status-label')).toHaveText('Verified')
  await expect(reviewer.page.getByTestId('claim-review').getByRole('button', { name: 'Reopen' })).toHaveCount(0)
  const forbidden = await reviewer.page.request.post(`/api/workspaces/${user.workspaceId}/claims/${claim.id}/status`, { data: { status: 'IN_REVIEW', version: 3 } })
  expect(forbidden.status()).toBe(403)
})

test("a reviewer's queue shows what was assigned to them and what they have not rated", async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Queue article', text: TEXT })
  const reviewer = await newSession('reviewer')
  await addMemberByApi(page.request, user.workspaceId, { email: reviewer.user.email, request: reviewer.page.request }, 'REVIEWER')

  await reviewer.page.goto(`/w/${user.workspaceId}/queue`)
  await expect(reviewer.page.getByRole('heading', { name: 'My review queue' })).toBeVisible()
  await expect(reviewer.page.getByTestId('queue-unrated').getByTestId('queue-item')).toContainText(['over $110 billion'])

  // The owner assigns the claim from the panel.
  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await page.getByTestId('claim-item').first().click()
  await page.getByTestId('claim-review').getByLabel('Assignee').selectOption({ label: reviewer.user.name })
  await expect(page.getByTestId('claim-review').getByLabel('Assignee')).toHaveValue(reviewer.user.id)

  await reviewer.page.reload()
  const assigned = reviewer.page.getByTestId('queue-assigned').getByTestId('queue-item')
  await expect(assigned).toHaveCount(1)
  await expect(assigned).toContainText('Queue article')
  await expect(assigned).toContainText('not rated by you')
  const claim = await firstClaim(page.request, user.workspaceId, doc.id)
  await expect(assigned.getByRole('link')).toHaveAttribute('href', `/w/${user.workspaceId}/documents/${doc.id}?claim=${claim.id}`)
  await expect(reviewer.page.getByTestId('queue-unrated')).toHaveCount(0)
  // The link opens the document with that claim's panel open.
  await assigned.getByRole('link').click()
  await expect(reviewer.page.getByTestId('claim-review')).toBeVisible()
  await expect(reviewer.page.getByTestId('claim-details')).toContainText(claim.quote)

  // A stranger's queue of this workspace does not exist.
  const stranger = await newSession('stranger')
  expect((await stranger.page.request.get(`/api/workspaces/${user.workspaceId}/queue`)).status()).toBe(404)
})

test('owners change the verification thresholds; others only read them', async ({ page, user, newSession }) => {
  await page.goto(`/w/${user.workspaceId}/settings`)
  const form = page.getByTestId('verification-settings')
  await form.getByLabel('Reviewers who rated the claim, at least').fill('3')
  await form.getByLabel('Agreement on one verdict, at least (%)').fill('75')
  await form.getByRole('checkbox').uncheck()
  await form.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(form.getByRole('status')).toContainText('Saved')

  const editor = await newSession('editor')
  await addMemberByApi(page.request, user.workspaceId, { email: editor.user.email, request: editor.page.request }, 'EDITOR')
  await editor.page.goto(`/w/${user.workspaceId}/settings`)
  const readOnly = editor.page.getByTestId('verification-settings')
  await expect(readOnly.getByLabel('Reviewers who rated the claim, at least')).toHaveValue('3')
  await expect(readOnly.getByLabel('Agreement on one verdict, at least (%)')).toHaveValue('75')
  await expect(readOnly.getByLabel('Reviewers who rated the claim, at least')).toBeDisabled()
  await expect(readOnly.getByRole('button', { name: 'Save thresholds' })).toHaveCount(0)
  const refused = await editor.page.request.put(`/api/workspaces/${user.workspaceId}/settings/verification`, { data: { verifyMinRatings: 1, verifyMinAgreement: 0.5, verifyRequiresStrongEvidence: false } })
  expect(refused.status()).toBe(403)
})
