import { createDocumentByApi, expect, addMemberByApi, test } from './fixtures'
import type { Locator, Page } from '@playwright/test'

const TEXT = 'Exports rose to $4.5 billion in 2024.'
const SOURCE_URL = 'https://stats.example.org/trade/2024'
const SOURCE_TITLE = 'Trade statistics 2024'

async function openClaimEvidence(page: Page, workspaceId: string, documentId: string): Promise<Locator> {
  await page.goto(`/w/${workspaceId}/documents/${documentId}`)
  await page.getByTestId('claim-item').filter({ hasText: '$4.5 billion' }).first().click()
  const section = page.getByTestId('claim-evidence')
  await expect(section).toBeVisible()
  return section
}

// Fills the "New source" part of the add-evidence form and the citation itself.
async function addNewSourceEvidence(section: Locator, { url, stance, quote, figure }: { url: string; stance: string; quote: string; figure: string }) {
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await section.getByLabel('New source').check()
  await section.getByLabel('URL', { exact: true }).fill(url)
  await section.getByLabel('Title', { exact: true }).fill(SOURCE_TITLE)
  await section.getByLabel('Publisher').fill('National Statistics Office')
  await section.getByLabel('Type', { exact: true }).selectOption('OFFICIAL_STATISTICS')
  await section.getByLabel('Reliability', { exact: true }).selectOption('5')
  await section.getByLabel(stance).check()
  await section.getByLabel('Quote').fill(quote)
  await section.getByLabel('Where in the source').fill('Table 3')
  await section.getByLabel('Figure as written in the source').fill(figure)
  await expect(section.getByLabel("Compare with the claim's figure")).toHaveValue(/\d+/)
  await section.getByRole('button', { name: 'Add evidence' }).click()
}

test('a reviewer cites a source for and against a figure; an editor retracts it and every citation is flagged', async ({ page, user, newSession }) => {
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: TEXT })
  const reviewer = await newSession('reviewer')
  await addMemberByApi(page.request, user.workspaceId, { email: reviewer.user.email, request: reviewer.page.request }, 'REVIEWER')

  const section = await openClaimEvidence(reviewer.page, user.workspaceId, document.id)
  await expect(section).toContainText('No evidence yet')

  // A required quote is asked for before anything is saved.
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await section.getByLabel('New source').check()
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await expect(section.getByText('is required: paste the exact words of the source')).toBeVisible()
  // An invalid link is refused by the API, and the message sits under the field.
  await section.getByLabel('URL', { exact: true }).fill('javascript:alert(1)')
  await section.getByLabel('Title', { exact: true }).fill(SOURCE_TITLE)
  await section.getByLabel('Quote').fill('Exports of goods reached $4.51 billion.')
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await expect(section.locator('[id$="url-error"]')).toContainText(/valid URL|http/)
  await section.getByRole('button', { name: 'Cancel' }).click()

  // A new source: the figure rounds to the claim's.
  await addNewSourceEvidence(section, { url: SOURCE_URL, stance: 'Supports the claim', quote: 'Exports of goods reached $4.51 billion.', figure: '$4.51 billion' })
  await expect(section.getByRole('status').filter({ hasText: 'Evidence added. Added to the library.' })).toBeVisible()
  const items = section.getByTestId('evidence')
  await expect(items).toHaveCount(1)
  await expect(items.first()).toContainText(SOURCE_TITLE)
  await expect(items.first()).toContainText('Exports of goods reached $4.51 billion.')
  await expect(items.first()).toContainText('Table 3')
  await expect(items.first().getByTestId('figure-comparison')).toHaveText('matches')
  const link = items.first().getByRole('link', { name: SOURCE_TITLE })
  await expect(link).toHaveAttribute('href', SOURCE_URL)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow')

  // The same link again (tracking parameter, trailing slash, capitalised host) is the same source.
  await addNewSourceEvidence(section, {
    url: 'https://STATS.example.org/trade/2024/?utm_source=newsletter',
    stance: 'Contradicts the claim',
    quote: 'Revised: exports were $4.9 billion.',
    figure: '$4.9 billion',
  })
  await expect(section.getByText('Already in the library — reused')).toBeVisible()
  await expect(items).toHaveCount(2)
  const contradicting = items.filter({ hasText: 'Revised: exports were $4.9 billion.' })
  await expect(contradicting.getByTestId('figure-comparison')).toHaveText('differs by +8.2%')
  await expect(section.getByRole('heading', { name: /Contradicts/ })).toBeVisible()

  // Picking it from the library by keyboard.
  await section.getByRole('button', { name: 'Add evidence' }).click()
  const search = section.getByRole('combobox', { name: 'Search the source library' })
  await search.fill('trade stat')
  await expect(section.getByRole('option', { name: new RegExp(SOURCE_TITLE) })).toBeVisible()
  await search.press('ArrowDown')
  await search.press('Enter')
  await expect(section.getByTestId('picked-source')).toContainText(SOURCE_TITLE)
  await section.getByLabel('Context only').check()
  await section.getByLabel('Quote').fill('Figures for 2024 are provisional.')
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await expect(items).toHaveCount(3)
  await expect(items.filter({ hasText: 'provisional' }).getByTestId('figure-comparison')).toHaveCount(0)

  // The library lists the source once, cited three times; a reviewer may not retract or delete.
  await reviewer.page.goto(`/w/${user.workspaceId}/sources`)
  const reviewerRows = reviewer.page.getByTestId('source-row')
  await expect(reviewerRows).toHaveCount(1)
  await expect(reviewerRows.first().getByTestId('source-evidence-count')).toHaveText('3')
  await expect(reviewer.page.getByRole('button', { name: /Mark .* retracted/ })).toHaveCount(0)

  // The owner (an editor) retracts it; deleting is not offered for a cited source.
  await page.goto(`/w/${user.workspaceId}/sources`)
  const row = page.getByTestId('source-row').filter({ hasText: SOURCE_TITLE })
  await expect(row).toHaveCount(1)
  // The title opens the source's page; the link itself is the source on the web.
  await expect(row.getByRole('link', { name: SOURCE_TITLE })).toHaveAttribute('href', new RegExp(`^/w/${user.workspaceId}/sources/\\w+$`))
  await expect(row.getByRole('link', { name: SOURCE_URL })).toHaveAttribute('href', SOURCE_URL)
  await expect(row).toContainText('National Statistics Office')
  await expect(row).toContainText('Official statistics')
  await expect(row.getByRole('button', { name: /^Delete/ })).toHaveCount(0)
  await row.getByRole('button', { name: `Mark ${SOURCE_TITLE} retracted` }).click()
  await row.getByRole('button', { name: 'Mark retracted' }).click()
  await expect(row.getByText(/is required: say why/)).toBeVisible()
  await row.getByLabel('Why is it retracted?').fill('The office withdrew the table after an error.')
  await row.getByRole('button', { name: 'Mark retracted' }).click()
  await expect(row).toContainText('RETRACTED')
  await expect(row).toContainText('The office withdrew the table after an error.')

  // Every citation on the claim is flagged, with the note.
  const after = await openClaimEvidence(page, user.workspaceId, document.id)
  await expect(after.getByTestId('evidence')).toHaveCount(3)
  await expect(after.getByTestId('evidence-retracted')).toHaveCount(3)
  await expect(after.getByTestId('evidence-retracted').first()).toContainText('RETRACTED')
  await expect(after.getByTestId('evidence-retracted').first()).toContainText('The office withdrew the table after an error.')

  // A retracted source can no longer be picked from the library.
  await after.getByRole('button', { name: 'Add evidence' }).click()
  await after.getByRole('combobox', { name: 'Search the source library' }).fill('trade')
  const option = after.getByRole('option', { name: new RegExp(SOURCE_TITLE) })
  await expect(option).toHaveAttribute('aria-disabled', 'true')
})

test('the sources page adds, edits and deletes an uncited source, and explains an empty library', async ({ page, user }) => {
  await page.goto(`/w/${user.workspaceId}/sources`)
  await expect(page.getByText('No sources yet')).toBeVisible()

  const form = page.getByRole('form', { name: 'Add source' })
  await form.getByLabel('URL', { exact: true }).fill('https://example.org/report.pdf')
  await form.getByLabel('Title', { exact: true }).fill('Annual report')
  await form.getByRole('button', { name: 'Add source' }).click()
  const rows = page.getByTestId('source-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Annual report')

  // The same link again is reported, not repeated.
  await form.getByLabel('URL', { exact: true }).fill('https://example.org/report.pdf#page=2')
  await form.getByLabel('Title', { exact: true }).fill('Annual report again')
  await form.getByRole('button', { name: 'Add source' }).click()
  await expect(form.getByText('Already in the library as “Annual report”')).toBeVisible()
  await expect(rows).toHaveCount(1)

  // Search by title.
  await page.getByRole('searchbox', { name: 'Search sources by title or URL' }).fill('nothing like it')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('No source matches “nothing like it”')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search sources by title or URL' }).fill('annual')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(rows).toHaveCount(1)

  // Edit.
  await page.getByRole('button', { name: 'Edit Annual report' }).click()
  const edit = page.getByRole('form', { name: 'Edit Annual report' })
  await edit.getByLabel('Publisher').fill('Ministry of Trade')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(rows.first()).toContainText('Ministry of Trade')

  // An edit from a stale page is refused with a message, not saved over the newer one.
  await page.getByRole('button', { name: 'Edit Annual report' }).click()
  const source = (await (await page.request.get(`/api/workspaces/${user.workspaceId}/sources`)).json()) as { sources: { id: string; version: number }[] }
  const patched = await page.request.patch(`/api/workspaces/${user.workspaceId}/sources/${source.sources[0]!.id}`, { data: { version: source.sources[0]!.version, author: 'Someone else' } })
  expect(patched.status()).toBe(200)
  await page.getByRole('form', { name: 'Edit Annual report' }).getByLabel('Publisher').fill('Stale edit')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Someone changed this source since you opened it')).toBeVisible()
  await page.getByRole('button', { name: 'Reload the source' }).click()
  await expect(rows.first()).toContainText('Someone else')
  await page.getByRole('button', { name: 'Cancel' }).click()

  // Delete, after confirming.
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Delete Annual report' }).click()
  await expect(rows).toHaveCount(0)
})
