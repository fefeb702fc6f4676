import type { Page } from '@playwright/test'
import { appAlert, expect, addMemberByApi, test } from './fixtures'

// A request made by the page itself, with the browser's session cookie.
async function fetchFromPage(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
      return { status: response.status, body: (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null }
    },
    { method, url, body },
  )
}

test.describe('a viewer', () => {
  test('sees documents but no way to add one', async ({ page, user, newSession }) => {
    const { user: viewer, page: viewerPage } = await newSession('viewer')
    await addMemberByApi(page.request, user.workspaceId, { email: viewer.email, request: viewerPage.request }, 'VIEWER')

    await viewerPage.goto(`/w/${user.workspaceId}`)
    await expect(viewerPage.getByRole('heading', { level: 1, name: user.workspaceName })).toBeVisible()
    await expect(viewerPage.getByText('0 documents · you are viewer')).toBeVisible()
    await expect(viewerPage.getByText('An editor or owner of this workspace can add the first article.')).toBeVisible()
    await expect(viewerPage.getByRole('link', { name: 'New document' })).toHaveCount(0)

    // The owner, on the same page, does have the button: the check above is about the role.
    await page.goto(`/w/${user.workspaceId}`)
    await expect(page.getByRole('link', { name: 'New document' }).first()).toBeVisible()

    await viewerPage.goto(`/w/${user.workspaceId}/documents/new`)
    await expect(appAlert(viewerPage)).toContainText('You cannot add documents here')
    await expect(appAlert(viewerPage)).toContainText('Your role in this workspace is viewer.')
    await expect(viewerPage.getByLabel('Title')).toHaveCount(0)
    await expect(viewerPage.getByRole('button', { name: 'Create document' })).toHaveCount(0)
  })

  test('sees the members but no role or invite controls', async ({ page, user, newSession }) => {
    const { user: viewer, page: viewerPage } = await newSession('viewer')
    await addMemberByApi(page.request, user.workspaceId, { email: viewer.email, request: viewerPage.request }, 'VIEWER')

    await viewerPage.goto(`/w/${user.workspaceId}/members`)
    await expect(viewerPage.getByText('Only owners can invite members or change roles.')).toBeVisible()
    await expect(viewerPage.getByTestId('member-row')).toHaveCount(2)
    await expect(viewerPage.getByTestId('member-row').filter({ hasText: user.email })).toContainText('Owner')
    await expect(viewerPage.getByTestId('member-row').filter({ hasText: viewer.email })).toContainText('Viewer')
    await expect(viewerPage.getByRole('combobox', { name: /^Role of / })).toHaveCount(0)
    await expect(viewerPage.getByRole('button', { name: /^Remove / })).toHaveCount(0)
    await expect(viewerPage.getByRole('heading', { name: 'Invite a member' })).toHaveCount(0)

    // The owner sees the controls on the same page.
    await page.goto(`/w/${user.workspaceId}/members`)
    await expect(page.getByRole('combobox', { name: /^Role of / })).toHaveCount(2)
  })

  test('is refused by the API when it tries to write, and nothing is written', async ({ page, user, newSession }) => {
    const { user: viewer, page: viewerPage } = await newSession('viewer')
    await addMemberByApi(page.request, user.workspaceId, { email: viewer.email, request: viewerPage.request }, 'VIEWER')
    await viewerPage.goto(`/w/${user.workspaceId}`)
    await expect(viewerPage.getByText('you are viewer')).toBeVisible()

    const document = await fetchFromPage(viewerPage, 'POST', `/api/workspaces/${user.workspaceId}/documents`, { title: 'Sneaky', text: 'Should not be stored.' })
    expect(document.status).toBe(403)
    expect(document.body?.error?.code).toBe('FORBIDDEN')
    expect(document.body?.error?.message).toContain('viewer')

    const invite = await fetchFromPage(viewerPage, 'POST', `/api/workspaces/${user.workspaceId}/members`, { email: 'friend@example.com', role: 'OWNER' })
    expect(invite.status).toBe(403)

    const listed = await fetchFromPage(viewerPage, 'GET', `/api/workspaces/${user.workspaceId}/documents`)
    expect(listed.status).toBe(200)
    expect(listed.body).toEqual({ documents: [] })
    await page.goto(`/w/${user.workspaceId}/members`)
    await expect(page.getByTestId('invitation-row')).toHaveCount(0)
  })

  test('cannot pass itself off as the owner by naming an actor in the request body', async ({ page, user, newSession }) => {
    const { user: viewer, page: viewerPage } = await newSession('viewer')
    const invited = await addMemberByApi(page.request, user.workspaceId, { email: viewer.email, request: viewerPage.request }, 'VIEWER')
    await viewerPage.goto(`/w/${user.workspaceId}`)
    const forged = { actor: { id: user.id, email: user.email, name: null } }

    const promote = await fetchFromPage(viewerPage, 'PATCH', `/api/workspaces/${user.workspaceId}/members/${invited.id}`, { ...forged, role: 'OWNER' })
    expect(promote.status).toBe(403)
    const create = await fetchFromPage(viewerPage, 'POST', `/api/workspaces/${user.workspaceId}/documents`, { ...forged, title: 'Forged', text: 'Forged.' })
    expect(create.status).toBe(403)

    await viewerPage.reload()
    await expect(viewerPage.getByText('you are viewer')).toBeVisible()
  })
})
