import { randomUUID } from 'node:crypto'
import { appAlert, expect, test } from './fixtures'

const FIRST_PARAGRAPH = 'Trade between the two countries grew from $8 billion in 2014 to over $110 billion in 2024.'
const SECOND_PARAGRAPH = 'Beijing has invested over $15.3 billion in quantum technologies, officials said.'

test('a document is created through the form and opens in the reader', async ({ page, user }) => {
  const title = `Quantum ties ${randomUUID().slice(0, 6)}`
  await page.goto(`/w/${user.workspaceId}`)
  await page.getByRole('link', { name: 'New document' }).first().click()
  await expect(page).toHaveURL(new RegExp(`/w/${user.workspaceId}/documents/new$`))

  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Author').fill('Jane Doe')
  await page.getByLabel('Publisher').fill('The Daily Example')
  await page.getByLabel('Published on').fill('2024-05-31')
  await page.getByLabel('Source URL').fill('https://example.com/articles/quantum')
  // Windows line ends and a blank line between paragraphs, as pasted from a browser.
  await page.getByLabel('Article text').fill(`${FIRST_PARAGRAPH}\r\n\r\n${SECOND_PARAGRAPH}\r\n`)
  await page.getByRole('button', { name: 'Create document' }).click()

  await expect(page).toHaveURL(new RegExp(`/w/${user.workspaceId}/documents/[^/]+$`))
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Jane Doe · The Daily Example · 31 May 2024')).toBeVisible()
  await expect(page.getByTestId('document-text').getByRole('paragraph')).toHaveText([FIRST_PARAGRAPH, SECOND_PARAGRAPH])
  await expect(page.getByRole('link', { name: 'Original source ↗' })).toHaveAttribute('href', 'https://example.com/articles/quantum')
  await expect(page.getByText(/^1 of 1, /)).toBeVisible()

  // The list shows it, and the link leads back to the same document.
  const documentUrl = page.url()
  await page.getByRole('link', { name: '← Documents' }).click()
  await expect(page.getByText('1 document · you are owner')).toBeVisible()
  const list = page.getByRole('list', { name: 'Documents' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await list.getByRole('link', { name: new RegExp(title) }).click()
  await expect(page).toHaveURL(documentUrl)
  await expect(page.getByTestId('document-text')).toContainText('over $15.3 billion in quantum technologies')
})

test.describe('the new-document form refuses bad input inline and saves nothing', () => {
  test.beforeEach(async ({ page, user }) => {
    await page.goto(`/w/${user.workspaceId}/documents/new`)
    await page.getByLabel('Title').fill('Not saved')
    await page.getByLabel('Article text').fill(FIRST_PARAGRAPH)
  })

  test.afterEach(async ({ page, user }) => {
    await expect(page).toHaveURL(new RegExp(`/w/${user.workspaceId}/documents/new$`))
    await page.goto(`/w/${user.workspaceId}`)
    await expect(page.getByText('No documents yet')).toBeVisible()
  })

  test('a date that is not a calendar date', async ({ page }) => {
    // A year typed with one digit too many: the browser's date field accepts it.
    await page.getByLabel('Published on').fill('20245-05-31')
    await page.getByRole('button', { name: 'Create document' }).click()
    await expect(page.getByLabel('Published on')).toHaveAttribute('aria-invalid', 'true')
    // The first problem of the field is shown; the banner points to it.
    await expect(page.getByLabel('Published on')).toHaveAccessibleDescription('must be a date like 2024-05-31')
    await expect(appAlert(page)).toContainText('Some fields need attention')
  })

  test('a date before the year 1000', async ({ page }) => {
    await page.getByLabel('Published on').fill('0999-12-31')
    await page.getByRole('button', { name: 'Create document' }).click()
    await expect(page.getByLabel('Published on')).toHaveAccessibleDescription('is out of range')
  })

  test('a source URL without http(s)', async ({ page }) => {
    await page.getByLabel('Source URL').fill('example.com/article')
    await page.getByRole('button', { name: 'Create document' }).click()
    await expect(page.getByLabel('Source URL')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Source URL')).toHaveAccessibleDescription(/^must (be a valid URL|start with http:\/\/ or https:\/\/)$/)
  })

  test('an empty article text', async ({ page }) => {
    await page.getByLabel('Article text').fill('   \n  ')
    await page.getByRole('button', { name: 'Create document' }).click()
    await expect(page.getByLabel('Article text')).toHaveAccessibleDescription('is empty: paste the article text')
    await expect(page.getByLabel('Title')).not.toHaveAttribute('aria-invalid', 'true')
  })
})
