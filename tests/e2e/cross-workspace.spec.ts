import type { Page } from '@playwright/test'
import { createDocumentByApi, expect, test } from './fixtures'

async function expectNotFoundPage(page: Page, path: string) {
  const response = await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
  await expect(page.getByText('This page does not exist, or it belongs to a workspace you are not a member of.')).toBeVisible()
  expect(response?.status(), `HTTP status of ${path}`).toBe(404)
}

test('another user cannot open a workspace or its documents, in pages or through the API', async ({ page, user, newSession }) => {
  const secret = await createDocumentByApi(page.request, user.workspaceId, { title: 'Embargoed draft', text: 'Only members may read this sentence.' })
  // The owner can read it, so the ids below are real.
  await page.goto(`/w/${user.workspaceId}/documents/${secret.id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Embargoed draft' })).toBeVisible()

  const { user: outsider, page: outsiderPage } = await newSession('outsider')
  await expectNotFoundPage(outsiderPage, `/w/${user.workspaceId}`)
  await expectNotFoundPage(outsiderPage, `/w/${user.workspaceId}/documents/${secret.id}`)
  await expectNotFoundPage(outsiderPage, `/w/${user.workspaceId}/members`)
  await expectNotFoundPage(outsiderPage, `/w/${user.workspaceId}/documents/new`)
  // A document id from elsewhere, under the outsider's own workspace.
  await expectNotFoundPage(outsiderPage, `/w/${outsider.workspaceId}/documents/${secret.id}`)
  await expect(outsiderPage.getByText('Only members may read this sentence.')).toHaveCount(0)

  // "Not found", like an id that never existed: nothing tells the workspace exists.
  for (const path of [
    `/api/workspaces/${user.workspaceId}`,
    `/api/workspaces/${user.workspaceId}/documents`,
    `/api/workspaces/${user.workspaceId}/documents/${secret.id}`,
    `/api/workspaces/${user.workspaceId}/members`,
    `/api/workspaces/${outsider.workspaceId}/documents/${secret.id}`,
  ]) {
    const response = await outsiderPage.request.get(path)
    expect(response.status(), path).toBe(404)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code, path).toBe('NOT_FOUND')
    expect(JSON.stringify(body), path).not.toContain('Embargoed')
  }
  const write = await outsiderPage.request.post(`/api/workspaces/${user.workspaceId}/documents`, { data: { title: 'Intruder', text: 'x' } })
  expect(write.status()).toBe(404)

  // The outsider's own workspace is unaffected, and the switcher lists only it.
  await outsiderPage.goto(`/w/${outsider.workspaceId}`)
  await expect(outsiderPage.getByRole('combobox', { name: 'Workspace' }).getByRole('option')).toHaveText([outsider.workspaceName, '+ New workspace…'])
})

test('a signed-out visitor gets no data from the API', async ({ playwright, user }, testInfo) => {
  const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const response = await anonymous.get(`/api/workspaces/${user.workspaceId}/documents`)
    expect(response.status()).toBe(401)
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Sign in to continue.')
  } finally {
    await anonymous.dispose()
  }
})
