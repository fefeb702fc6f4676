import { createDocumentByApi, expect, addMemberByApi, selectInText, test } from './fixtures'

const ARTICLE = `# Trade in 2024

Exports rose by 12% in 2024, to over $4.5 billion.

Officials expect growth to continue.
`

test('a file upload streams into a document whose claims and figures are highlighted', async ({ page, user }) => {
  await page.goto(`/w/${user.workspaceId}/documents/new`)
  await page.getByText('Upload a file').click()
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'trade.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE) })
  await page.getByRole('button', { name: 'Create document' }).click()

  await expect(page).toHaveURL(/\/documents\/[^/]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Trade in 2024' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Trade in 2024' })).toBeVisible()
  const figure = page.locator('[data-quantity]', { hasText: 'over $4.5 billion' })
  await expect(figure).toHaveAttribute('title', 'over 4,500,000,000 dollars (country unspecified)')
  // Hovering a claim tells its status, kind and figures.
  await expect(page.locator('mark', { has: figure })).toHaveAttribute('title', 'Unreviewed · Statistic\n12% · in 2024\nover 4,500,000,000 dollars (country unspecified)')
  await figure.click()
  await expect(page.getByTestId('claim-details')).toContainText('Exports rose by 12% in 2024, to over $4.5 billion.')
  await expect(page.getByTestId('quantity')).toHaveText(['“12%” → 12% · in 2024', '“over $4.5 billion” → over 4,500,000,000 dollars (country unspecified)'])

  // The same text again is not a second document.
  await page.goto(`/w/${user.workspaceId}/documents/new`)
  await page.getByText('Upload a file').click()
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'again.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE) })
  await page.getByRole('button', { name: 'Create document' }).click()
  await expect(page.getByRole('link', { name: 'Open the existing document' })).toBeVisible()
})

test('an editor adds a claim from a selection and dismisses another', async ({ page, user }) => {
  const budget = await createDocumentByApi(page.request, user.workspaceId, { title: 'Budget', text: 'The budget grew to €2 billion. Nobody was surprised by it at all.' })
  await page.goto(`/w/${user.workspaceId}/documents/${budget.id}`)
  const items = page.getByTestId('claim-item')
  // The list renders in the browser with the text: count it once it is there.
  await expect(items.first()).toBeVisible()
  const before = await items.count()

  await selectInText(page, 'Nobody was surprised')
  await page.getByRole('button', { name: 'New claim' }).click()
  await expect(items).toHaveCount(before + 1)
  await expect(page.getByTestId('claim-details')).toContainText('Nobody was surprised')
  await expect(page.getByTestId('claim-details')).toContainText('manual')

  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(items).toHaveCount(before)
  await page.getByLabel('dismissed').check()
  await expect(items.filter({ hasText: 'dismissed' })).toHaveCount(1)
})

test('a viewer reads the claims but has no way to edit them', async ({ page, user, newSession }) => {
  const health = await createDocumentByApi(page.request, user.workspaceId, { title: 'Health', text: 'Cases fell by 30% in 2023.' })
  const viewer = await newSession('viewer')
  await addMemberByApi(page.request, user.workspaceId, { email: viewer.user.email, request: viewer.page.request }, 'VIEWER')
  await viewer.page.goto(`/w/${user.workspaceId}/documents/${health.id}`)
  await viewer.page.getByTestId('claim-item').first().click()
  await expect(viewer.page.getByTestId('claim-details')).toContainText('Cases fell by 30% in 2023.')
  await expect(viewer.page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0)
  await expect(viewer.page.getByLabel('Claim kind')).toHaveCount(0)
  const response = await viewer.page.request.post(`/api/workspaces/${user.workspaceId}/documents/${health.id}/claims`, { data: { start: 0, end: 5 } })
  expect(response.status()).toBe(403)
})

test('an editor splits a claim where the text cursor stands', async ({ page, user }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: 'Exports rose 12% in 2023, while imports fell 5% in 2024.' })
  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  const items = page.getByTestId('claim-item')
  await expect(items).toHaveCount(1)
  await items.first().click()
  await expect(page.getByRole('button', { name: 'Split at cursor' })).toBeDisabled()

  // Put the caret just before "while", as a click in the text would.
  await selectInText(page, 'while', { caretOnly: true })
  await page.getByRole('button', { name: 'Split at cursor' }).click()
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toContainText('Exports rose 12% in 2023,')
  await expect(items.nth(1)).toContainText('while imports fell 5% in 2024.')
})
