import { createDocumentByApi, expect, test } from './fixtures'

test('"/" jumps to the search box; a figure finds its claim however it is written, and the result opens it', async ({ page, user }) => {
  const trade = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade figures', text: 'Bilateral trade reached over $110 billion in 2024. The harbour was busy all summer.' })
  await page.goto(`/w/${user.workspaceId}`)
  const box = page.getByRole('searchbox', { name: 'Search this workspace' })
  // The key is handled once the page is hydrated; on a loaded machine a press can come
  // before that and reach nothing.
  await expect(async () => {
    await page.keyboard.press('/')
    await expect(box).toBeFocused({ timeout: 1_000 })
  }).toPass()
  await box.fill('110,000,000,000 dollars')
  await box.press('Enter')

  await expect(page).toHaveURL(/\/search\?q=110%2C000%2C000%2C000\+dollars/)
  await expect(page.getByRole('link', { name: /Claims 1/ })).toBeVisible()
  const result = page.getByRole('link', { name: /Bilateral trade reached over \$110 billion in 2024/ })
  await expect(result.locator('mark')).not.toHaveCount(0)
  await result.click()
  await expect(page).toHaveURL(new RegExp(`/documents/${trade.id}\\?claim=`))
  await expect(page.getByTestId('claim-details')).toContainText('Bilateral trade reached over $110 billion in 2024.')
})

test('filters live in the URL, and a search with no match says so', async ({ page, user }) => {
  await createDocumentByApi(page.request, user.workspaceId, { title: 'Harbour', text: 'The harbour handled 4 million containers in 2023.' })
  await page.goto(`/w/${user.workspaceId}/search?q=harbour&type=document`)
  await expect(page.getByRole('link', { name: /Harbour/ }).first()).toBeVisible()
  await page.getByLabel('Claim status').selectOption('VERIFIED')
  await expect(page).toHaveURL(/status=VERIFIED/)
  await expect(page.getByText(/Nothing matches/)).toBeVisible()
})

test('a comment found by search opens in its thread, marked', async ({ page, user }) => {
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Budget', text: 'The budget grew to €2 billion in 2024. Nobody was surprised.' })
  const claims = (await (await page.request.get(`/api/workspaces/${user.workspaceId}/documents/${document.id}/claims`)).json()) as { claims: { id: string }[] }
  const posted = await page.request.post(`/api/workspaces/${user.workspaceId}/documents/${document.id}/comments`, { data: { claimId: claims.claims[0]!.id, body: 'The treasury tables disagree with this.' } })
  expect(posted.status()).toBe(201)
  await page.goto(`/w/${user.workspaceId}/search?q=treasury`)
  await page.getByRole('link', { name: /treasury tables disagree/ }).click()
  await expect(page).toHaveURL(/comment=/)
  await expect(page.locator('[data-testid="comment"][data-linked]')).toContainText('The treasury tables disagree with this.')
})
