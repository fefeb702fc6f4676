// "Load more" on the source library, by keyboard: the first page, the next appended
// below it (none repeated), the end of the list announced and focused.
import { expect, test } from './fixtures'

const SOURCES = 57

test('the source library loads its next page from the keyboard and says when it has shown them all', async ({ page, user }) => {
  for (let index = 0; index < SOURCES; index++) {
    const response = await page.request.post(`/api/workspaces/${user.workspaceId}/sources`, { data: { url: `https://stats.example.org/table/${index}`, title: `Table ${String(index).padStart(2, '0')}` } })
    expect(response.status(), await response.text()).toBe(201)
  }
  await page.goto(`/w/${user.workspaceId}/sources`)
  const rows = page.getByTestId('source-row')
  await expect(rows).toHaveCount(50)
  // Newest first: the last one added leads.
  await expect(rows.first()).toContainText(`Table ${SOURCES - 1}`)
  const loadMore = page.getByRole('button', { name: 'Load more' })
  await loadMore.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/load-more-sources.png', fullPage: false })

  await loadMore.focus()
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(SOURCES)
  await expect(rows.last()).toContainText('Table 00')
  const titles = await rows.locator('td:first-child p.font-medium').allTextContents()
  expect(new Set(titles).size).toBe(titles.length)
  await expect(loadMore).toHaveCount(0)
  const end = page.getByText('That is all the sources.')
  await expect(end).toBeVisible()
  await expect(end).toBeFocused()
  await page.screenshot({ path: 'test-results/load-more-sources-end.png', fullPage: false })
})
