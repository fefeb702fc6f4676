import { createDocumentByApi, expect, test } from './fixtures'

test('"/" jumps to the search box; a figure finds its claim however it is written, and the result opens it', async ({ page, user }) => {
  const trade = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade figures', text: 'Bilateral trade reached over $110 billion in 2024. The harbour was busy all summer.' })
  await page.goto(`/w/${user.workspaceId}`)
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search this workspace' })
  await expect(box).toBeFocused()
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
