// axe-core scans of every page, signed out and signed in, against WCAG 2.1 A and AA.
// No rule is disabled and no element excluded: a violation anywhere fails the test, and
// the failure names each rule and the elements that break it. The first test holds the
// list to app/: a new page without a scan fails it.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Page } from '@playwright/test'
import { violationsOf } from './axe'
import { createDocumentByApi, expect, inviteByApi, test } from './fixtures'
import { mailedLink } from './mailbox'

const ARTICLE = `# Trade in 2024

Exports rose by 12% in 2024, to over $4.5 billion.

Officials expect growth to continue, and imports fell by 3% in the same year.
`

// Every page is scanned even when an earlier one fails, so one run gives the whole list.
async function expectNoViolations(page: Page, url: string, ready: () => Promise<void> = async () => {}): Promise<void> {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await ready()
  expect.soft(await violationsOf(page), `axe violations on ${url}`).toEqual([])
}

// Each page of app/ (route groups left out) and the test that scans it.
const SCANNED_ROUTES: Record<string, string> = {
  '/': 'signed out and signed in',
  '/signin': 'signed out',
  '/signup': 'signed out',
  '/forgot-password': 'signed out',
  '/reset-password': 'signed out',
  '/verify-email': 'signed out',
  '/confirm-email': 'signed out',
  '/invitations/[token]': 'signed out',
  '/r/[token]': 'signed out',
  '/database-unavailable': 'tests/smoke/database-outage.ts, while the database is down (the only time it is shown)',
  '/account': 'workspace pages',
  '/workspaces/new': 'workspace pages',
  '/w/[workspaceId]': 'workspace pages',
  '/w/[workspaceId]/documents/new': 'workspace pages',
  '/w/[workspaceId]/sources': 'workspace pages',
  '/w/[workspaceId]/sources/[sourceId]': 'tests/e2e/source-page.spec.ts: the reader, the changes view and the quote dialog',
  '/w/[workspaceId]/search': 'workspace pages',
  '/w/[workspaceId]/reports': 'workspace pages',
  '/w/[workspaceId]/reports/[reportId]': 'workspace pages',
  '/w/[workspaceId]/reports/preview': 'workspace pages',
  '/w/[workspaceId]/queue': 'workspace pages',
  '/w/[workspaceId]/inbox': 'workspace pages',
  '/w/[workspaceId]/settings': 'workspace pages',
  '/w/[workspaceId]/members': 'workspace pages',
  '/w/[workspaceId]/external-checks': 'workspace pages',
  '/w/[workspaceId]/documents/[documentId]': 'the document page',
  '/w/[workspaceId]/documents/[documentId]/activity': 'workspace pages',
  '/w/[workspaceId]/documents/[documentId]/revisions': 'workspace pages',
  '/w/[workspaceId]/documents/[documentId]/revisions/[number]': 'workspace pages',
}

function appRoutes(directory = 'app', route = ''): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [route || '/'] : []
    if (!entry.isDirectory() || entry.name === 'api') return []
    const isGroup = entry.name.startsWith('(') && entry.name.endsWith(')')
    return appRoutes(path.join(directory, entry.name), isGroup ? route : `${route}/${entry.name}`)
  })
}

test('every page in app/ is on the list of scanned pages', () => {
  expect(appRoutes().sort()).toEqual(Object.keys(SCANNED_ROUTES).sort())
})

// A published report of the document, and its public share link.
async function publishReport(request: APIRequestContext, workspaceId: string, documentId: string): Promise<{ id: string; sharePath: string }> {
  const published = await request.post(`/api/workspaces/${workspaceId}/reports`, { data: { title: 'Trade check', documentIds: [documentId], options: { scope: 'all', includeComments: true, includeAuditAppendix: true } } })
  expect(published.status(), await published.text()).toBe(201)
  const { report } = (await published.json()) as { report: { id: string } }
  const shared = await request.post(`/api/workspaces/${workspaceId}/reports/${report.id}/share`, { data: {} })
  expect(shared.status(), await shared.text()).toBe(201)
  return { id: report.id, sharePath: ((await shared.json()) as { link: { path: string } }).link.path }
}

test('pages seen signed out have no WCAG 2.1 AA violations', async ({ browser, page, user }, testInfo) => {
  test.setTimeout(120_000)
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: ARTICLE })
  const report = await publishReport(page.request, user.workspaceId, document.id)
  const invited = `invited-${Date.now()}@example.test`
  await inviteByApi(page.request, user.workspaceId, invited, 'REVIEWER')
  const invitation = new URL(await mailedLink(invited, '/invitations/')).pathname

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  const signedOut = await context.newPage()
  const pages = ['/', '/signin', '/signup', '/forgot-password', '/reset-password?token=not-a-token', '/verify-email?token=not-a-token', '/confirm-email?token=not-a-token', '/invitations/not-a-token', invitation, report.sharePath, '/no-such-page']
  for (const url of pages) await expectNoViolations(signedOut, url)
  await context.close()
})

test('workspace pages have no WCAG 2.1 AA violations', async ({ page, user }) => {
  test.setTimeout(180_000)
  const document = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: ARTICLE })
  const report = await publishReport(page.request, user.workspaceId, document.id)
  const workspace = `/w/${user.workspaceId}`
  const pages = [
    '/',
    workspace,
    `${workspace}/documents/new`,
    `${workspace}/sources`,
    `${workspace}/search?q=exports`,
    `${workspace}/reports`,
    `${workspace}/reports/${report.id}`,
    `${workspace}/reports/preview?documentIds=${document.id}&scope=all&comments=1&audit=1`,
    `${workspace}/queue`,
    `${workspace}/inbox`,
    `${workspace}/settings`,
    `${workspace}/members`,
    `${workspace}/external-checks`,
    `${workspace}/documents/${document.id}/activity`,
    `${workspace}/documents/${document.id}/revisions`,
    `${workspace}/documents/${document.id}/revisions/1`,
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
