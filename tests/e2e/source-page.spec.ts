// The source page: a source added as a file, read in the sanitized reader, a quote's
// place highlighted, a new version uploaded and compared, a failed fetch with the
// upload that replaces it, the quote picked from the archived text into evidence, and
// the page's scope (members only) and accessibility.
import type { Page } from '@playwright/test'
import { heading, makePdf, paragraph } from '../support/pdf-fixture'
import { addMemberByApi, createDocumentByApi, createWorkspaceByApi, expect, test } from './fixtures'
import { violationsOf } from './axe'

const REPORT_V1 = `# Catch statistics

The catch fell to 412 tonnes in 2023, the lowest since records began.

| Year | Tonnes |
| ---- | ------ |
| 2022 | 450 |
| 2023 | 412 |

- Herring quotas were cut by a tenth.
- Cod stayed closed.
`
const REPORT_V2 = REPORT_V1.replace('fell to 412 tonnes', 'fell to 398 tonnes')
const markdown = (name: string, text: string) => ({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) })

async function snapshotText(page: Page, workspaceId: string, sourceId: string, number: number): Promise<string> {
  const response = await page.request.get(`/api/workspaces/${workspaceId}/sources/${sourceId}/snapshots/${number}`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { snapshot: { text: string } }).snapshot.text
}

// Selects `words` in a reader as a mouse would: the range set on its text nodes.
async function selectInReader(page: Page, scope: string, words: string): Promise<void> {
  await page.locator(scope).getByTestId('snapshot-text').evaluate((container, words) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(words)
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + words.length)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
      return
    }
    throw new Error(`"${words}" is not in one text node of the reader`)
  }, words)
}

test('a reviewer adds a source as a file, reads it, uploads a new version, sees what changed and quotes it as evidence', async ({ page, user }) => {
  test.setTimeout(90_000)
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Fisheries', text: 'The catch fell to 412 tonnes in 2023.' })
  await page.goto(`/w/${user.workspaceId}/sources`)
  const form = page.getByRole('form', { name: 'Add source' })
  await form.getByLabel('A file').check()
  await expect(form.getByLabel('URL', { exact: true })).toHaveCount(0)
  // No file: said before anything is sent.
  await form.getByRole('button', { name: 'Add source' }).click()
  await expect(form.getByText('is required: choose the file')).toBeVisible()
  await form.getByLabel('File', { exact: true }).setInputFiles(markdown('fisheries_report-2023.md', REPORT_V1))
  await form.getByLabel('Publisher').fill('Ministry of Fish')
  await form.screenshot({ path: 'test-results/add-source-file-form.png' })
  await form.getByRole('button', { name: 'Add source' }).click()
  await expect(form.getByRole('status')).toContainText('Added “fisheries report 2023” to the library.')
  const row = page.getByTestId('source-row').filter({ hasText: 'fisheries report 2023' })
  await expect(row).toContainText('uploaded file')
  await page.screenshot({ path: 'test-results/sources-list-file.png', fullPage: true })
  await row.getByRole('link', { name: 'fisheries report 2023' }).click()

  // The source page: details, snapshot 1 (the upload) and, once read, its text.
  await expect(page.getByRole('heading', { level: 1, name: 'fisheries report 2023' })).toBeVisible()
  await expect(page.getByText('None: an uploaded file')).toBeVisible()
  const snapshots = page.getByTestId('snapshot-row')
  await expect(snapshots).toHaveCount(1)
  await expect(snapshots.first()).toContainText('Uploaded fisheries_report-2023.md')
  await expect(snapshots.first().getByTestId('snapshot-status')).toHaveText('Ready', { timeout: 30_000 })
  await expect(snapshots.first()).toContainText(/sha256 [0-9a-f]{12}/)
  const reader = page.getByTestId('snapshot-text')
  await expect(reader.getByRole('heading', { name: 'Catch statistics' })).toBeVisible()
  await expect(reader.getByRole('table')).toContainText('2023')
  await expect(reader.getByRole('cell', { name: '450' })).toBeVisible()
  await expect(reader).toContainText('Herring quotas were cut by a tenth.')
  await expect(page.getByRole('button', { name: 'Fetch again' })).toHaveCount(0)
  expect(await violationsOf(page), 'axe violations on the source page').toEqual([])
  await page.screenshot({ path: 'test-results/source-page-reader.png', fullPage: true })

  // A quote's place, as offsets into the stored text, is highlighted.
  const sourcePath = new URL(page.url()).pathname
  const sourceId = sourcePath.split('/').at(-1)!
  const text = await snapshotText(page, user.workspaceId, sourceId, 1)
  const start = text.indexOf('412 tonnes in 2023')
  await page.goto(`${sourcePath}?snapshot=1&at=${start}-${start + '412 tonnes in 2023'.length}`)
  await expect(reader.locator('mark')).toHaveText('412 tonnes in 2023')
  await expect(reader.locator('mark')).toBeInViewport()

  // A file the import cannot read is refused with its reason; a new version is snapshot 2.
  await page.getByLabel('Upload a new version').setInputFiles({ name: 'catch.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') })
  await page.getByRole('button', { name: 'Upload', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: '.xlsx' })).toBeVisible()
  await page.getByLabel('Upload a new version').setInputFiles(markdown('fisheries-v2.md', REPORT_V2))
  await page.getByRole('button', { name: 'Upload', exact: true }).click()
  await expect(page).toHaveURL(/snapshot=2/)
  await expect(snapshots).toHaveCount(2)
  await expect(snapshots.first().getByTestId('snapshot-status')).toHaveText('Ready', { timeout: 30_000 })
  await expect(reader).toContainText('398 tonnes')

  await page.getByRole('link', { name: 'Changes' }).click()
  await expect(page.getByRole('heading', { name: 'Changes from snapshot 1 to 2' })).toBeVisible()
  const diff = page.getByTestId('snapshot-diff')
  await expect(diff.locator('del')).toHaveText(['412'])
  await expect(diff.locator('ins')).toHaveText(['398'])
  await expect(page.getByTestId('snapshot-diff-summary')).toHaveText('+1 word, −1 word')
  expect(await violationsOf(page), 'axe violations on the changes view').toEqual([])
  await page.screenshot({ path: 'test-results/source-page-changes.png', fullPage: true })
  // Compared the other way round, chosen in the form.
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('2')
  await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('1')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByRole('heading', { name: 'Changes from snapshot 2 to 1' })).toBeVisible()
  await expect(diff.locator('ins')).toHaveText(['412'])

  // Evidence: the quote is picked from the archived text.
  await page.goto(`/w/${user.workspaceId}/documents/${document.id}`)
  await page.getByTestId('claim-item').first().click()
  const section = page.getByTestId('claim-evidence')
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await section.getByLabel('Search the source library').fill('fisheries')
  await section.getByRole('option', { name: /fisheries report 2023/ }).click()
  await section.getByRole('button', { name: 'Choose quote from the archived text' }).click()
  const dialog = page.getByRole('dialog', { name: 'Archived text of snapshot 2' })
  await expect(dialog.getByTestId('snapshot-text')).toContainText('398 tonnes')
  await expect(dialog.getByRole('button', { name: 'Use as quote' })).toBeDisabled()
  expect(await violationsOf(page), 'axe violations with the quote dialog open').toEqual([])
  await selectInReader(page, 'dialog[open]', 'The catch fell to 398 tonnes in 2023')
  await expect(dialog.getByTestId('picked-quote')).toContainText('The catch fell to 398 tonnes in 2023')
  await page.screenshot({ path: 'test-results/source-page-quote-dialog.png' })
  await dialog.getByRole('button', { name: 'Use as quote' }).click()
  await expect(dialog).toBeHidden()
  await expect(section.getByLabel('Quote', { exact: true })).toHaveValue('The catch fell to 398 tonnes in 2023')
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await expect(section.getByTestId('evidence')).toContainText('The catch fell to 398 tonnes in 2023')
})

test('the keyboard selects a paragraph of the archived text as the quote', async ({ page, user }) => {
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Fisheries', text: 'The catch fell to 412 tonnes in 2023.' })
  const created = await page.request.post(`/api/workspaces/${user.workspaceId}/sources`, { multipart: { file: markdown('report.md', REPORT_V1), title: 'Catch report' } })
  expect(created.status(), await created.text()).toBe(201)
  const { source } = (await created.json()) as { source: { id: string } }
  await page.goto(`/w/${user.workspaceId}/sources/${source.id}`)
  await expect(page.getByTestId('snapshot-status')).toHaveText('Ready', { timeout: 30_000 })
  await page.goto(`/w/${user.workspaceId}/documents/${document.id}`)
  await page.getByTestId('claim-item').first().click()
  const section = page.getByTestId('claim-evidence')
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await section.getByLabel('Search the source library').fill('catch')
  await expect(section.getByRole('option', { name: /Catch report/ })).toBeVisible()
  await section.getByLabel('Search the source library').press('Enter')
  await section.getByRole('button', { name: 'Choose quote from the archived text' }).press('Enter')
  const dialog = page.getByRole('dialog')
  const reader = dialog.getByTestId('snapshot-text')
  await expect(reader).toContainText('Catch statistics')
  await reader.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByTestId('picked-quote')).toContainText('The catch fell to 412 tonnes in 2023, the lowest since records began.')
  await dialog.getByRole('button', { name: 'Use as quote' }).press('Enter')
  await expect(section.getByLabel('Quote', { exact: true })).toHaveValue('The catch fell to 412 tonnes in 2023, the lowest since records began.')
})

test('a fetch that fails is kept with its reason, and the file uploaded instead', async ({ page, user }) => {
  test.setTimeout(90_000)
  const created = await page.request.post(`/api/workspaces/${user.workspaceId}/sources`, { data: { url: 'https://reports.invalid/catch-2023', title: 'Catch 2023 (offline)' } })
  expect(created.status(), await created.text()).toBe(201)
  const { source } = (await created.json()) as { source: { id: string } }
  await page.goto(`/w/${user.workspaceId}/sources/${source.id}`)
  const snapshots = page.getByTestId('snapshot-row')
  await expect(snapshots.first().getByTestId('snapshot-status')).toHaveText(/Failed/, { timeout: 45_000 })
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Snapshot 1 failed')

  await page.getByRole('button', { name: 'Fetch again' }).click()
  await expect(page).toHaveURL(/snapshot=2/)
  await expect(snapshots).toHaveCount(2)
  await expect(snapshots.first().getByTestId('snapshot-status')).toHaveText(/Failed/, { timeout: 45_000 })
  await expect(page.getByRole('button', { name: 'Fetch again' })).toBeEnabled()

  await page.getByLabel('Upload file instead').setInputFiles(markdown('catch.md', REPORT_V1))
  await page.getByRole('button', { name: 'Upload', exact: true }).click()
  await expect(page).toHaveURL(/snapshot=3/)
  await expect(snapshots.first().getByTestId('snapshot-status')).toHaveText('Ready', { timeout: 30_000 })
  await expect(page.getByTestId('snapshot-text')).toContainText('The catch fell to 412 tonnes')
  await page.screenshot({ path: 'test-results/source-page-failed-then-uploaded.png', fullPage: true })
})

test('a source is seen by members only; a viewer reads it without the archiving controls', async ({ page, user, newSession }) => {
  const created = await page.request.post(`/api/workspaces/${user.workspaceId}/sources`, { multipart: { file: markdown('report.md', REPORT_V1) } })
  const { source } = (await created.json()) as { source: { id: string } }
  const viewer = await newSession('viewer')
  await addMemberByApi(page.request, user.workspaceId, { email: viewer.user.email, request: viewer.page.request }, 'VIEWER')
  await viewer.page.goto(`/w/${user.workspaceId}/sources/${source.id}`)
  await expect(viewer.page.getByRole('heading', { level: 1, name: 'report' })).toBeVisible()
  await expect(viewer.page.getByTestId('snapshot-text')).toContainText('Catch statistics', { timeout: 30_000 })
  await expect(viewer.page.getByRole('button', { name: /Upload/ })).toHaveCount(0)

  const outsider = await newSession('outsider')
  const response = await outsider.page.goto(`/w/${user.workspaceId}/sources/${source.id}`)
  expect(response?.status()).toBe(404)
  // In the outsider's own workspace the id names nothing either.
  const other = await createWorkspaceByApi(outsider.page.request, 'Elsewhere')
  expect((await outsider.page.goto(`/w/${other.id}/sources/${source.id}`))?.status()).toBe(404)
})

test('a PDF is read with a marker where each page begins, and a quote on page 2 is highlighted there', async ({ page, user }) => {
  const pdf = await makePdf((doc) => {
    heading(doc, 'Harbour report')
    paragraph(doc, 'Landings at the harbour were 1,200 tonnes in the first quarter.')
    doc.addPage()
    paragraph(doc, 'In the second quarter landings rose to 1,450 tonnes.')
  })
  const created = await page.request.post(`/api/workspaces/${user.workspaceId}/sources`, { multipart: { file: { name: 'harbour.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) } } })
  expect(created.status(), await created.text()).toBe(201)
  const { source } = (await created.json()) as { source: { id: string } }
  const sourcePath = `/w/${user.workspaceId}/sources/${source.id}`
  await page.goto(sourcePath)
  await expect(page.getByTestId('snapshot-status')).toHaveText('Ready', { timeout: 30_000 })
  const reader = page.getByTestId('snapshot-text')
  await expect(reader.getByRole('separator', { name: 'Page 1' })).toBeVisible()
  await expect(reader.getByRole('separator', { name: 'Page 2' })).toBeVisible()
  await expect(page.getByTestId('snapshot-row')).toContainText('2 pages')

  const text = await snapshotText(page, user.workspaceId, source.id, 1)
  const quote = 'landings rose to 1,450 tonnes'
  const start = text.indexOf(quote)
  expect(start).toBeGreaterThan(0)
  await page.goto(`${sourcePath}?snapshot=1&at=${start}-${start + quote.length}`)
  await expect(reader.locator('mark')).toHaveText(quote)
  // The highlight sits after the page 2 marker: page numbers and offsets agree.
  const isAfterMarker = await reader.evaluate((container) => {
    const marker = container.querySelector('#page-2')!
    const mark = container.querySelector('mark')!
    return Boolean(marker.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  expect(isAfterMarker).toBe(true)
  // Offsets that are not a range of this text are said to be lost, not guessed at.
  await page.goto(`${sourcePath}?snapshot=1&at=5-999999`)
  await expect(page.getByRole('status').filter({ hasText: 'not in this snapshot’s text' })).toBeVisible()
  await expect(reader.locator('mark')).toHaveCount(0)
})
