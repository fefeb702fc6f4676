// axe-core scans of every page, signed out and signed in, against WCAG 2.1 A and AA.
// No rule is disabled and no element excluded: a violation anywhere fails the test, and
// the failure names each rule and the elements that break it.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { createDocumentByApi, expect, test } from './fixtures'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const ARTICLE = `# Trade in 2024

Exports rose by 12% in 2024, to over $4.5 billion.

Officials expect growth to continue, and imports fell by 3% in the same year.
`

// One line per violating element, so a failure reads as a to-do list.
async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ')}`),
  )
}

// Every page is scanned even when an earlier one fails, so one run gives the whole list.
async function expectNoViolations(page: Page, url: string, ready: () => Promise<void> = async () => {}): Promise<void> {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await ready()
  expect.soft(await violationsOf(page), `axe violations on ${url}`).toEqual([])
}

test('pages seen signed out have no WCAG 2.1 AA violations', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  const page = await context.newPage()
  for (const url of ['/signin', '/signup', '/forgot-password', '/reset-password?token=not-a-token', '/verify-email?token=not-a-token', '/confirm-email?token=not-a-token', '/invitations/not-a-token', '/no-such-page']) {
    await expectNoViolations(page, url)
  }
  await context.close()
})

test('workspace pages have no WCAG 2.1 AA violations', async ({ page, user }) => {
  test.setTimeout(120_000)
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: ARTICLE })
  const workspace = `/w/${user.workspaceId}`
  const pages = [
    workspace,
    `${workspace}/documents/new`,
    `${workspace}/sources`,
    `${workspace}/search?q=exports`,
    `${workspace}/reports`,
    `${workspace}/queue`,
    `${workspace}/inbox`,
    `${workspace}/settings`,
    `${workspace}/members`,
    `${workspace}/external-checks`,
    `${workspace}/documents/${document.id}/activity`,
    `${workspace}/documents/${document.id}/revisions`,
    '/account',
    '/workspaces/new',
    `${workspace}/documents/no-such-document`,
  ]
  for (const url of pages) await expectNoViolations(page, url)
})

test('the document page has no WCAG 2.1 AA violations: as loaded, a claim selected, the shortcuts dialog, the editor', async ({ page, user }) => {
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: ARTICLE })
  const url = `/w/${user.workspaceId}/documents/${document.id}`
  await expectNoViolations(page, url, () => expect(page.getByTestId('claim-item').first()).toBeVisible())
  await page.getByTestId('claim-item').first().click()
  await expect(page.getByTestId('claim-details')).toBeVisible()
  expect.soft(await violationsOf(page), 'axe violations with a claim selected').toEqual([])
  // The shortcuts dialog is the app's only dialog; the editor is the other state of the page.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  expect.soft(await violationsOf(page), 'axe violations with the shortcuts dialog open').toEqual([])
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Edit text' }).click()
  await expect(page.getByRole('button', { name: /save/i }).first()).toBeVisible()
  expect.soft(await violationsOf(page), 'axe violations with the editor open').toEqual([])
})
