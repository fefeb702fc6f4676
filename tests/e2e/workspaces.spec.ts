import { randomUUID } from 'node:crypto'
import { expect, test, workspacesByApi } from './fixtures'

test('a user creates a workspace, owns it, and can switch between workspaces', async ({ page, user }) => {
  const name = `Politics desk ${randomUUID().slice(0, 6)}`
  await page.goto(`/w/${user.workspaceId}`)
  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: '+ New workspace…' })
  await expect(page).toHaveURL(/\/workspaces\/new$/)

  // An empty name is refused inline, and nothing is created.
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('is required')
  expect(await workspacesByApi(page.request)).toHaveLength(1)

  await page.getByLabel('Name').fill(name)
  await page.getByRole('button', { name: 'Create workspace' }).click()

  await expect(page).toHaveURL(/\/w\/[^/]+$/)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByText('0 documents · you are owner')).toBeVisible()
  await expect(page.getByText('No documents yet')).toBeVisible()
  const newWorkspaceId = new URL(page.url()).pathname.split('/')[2]!
  expect(newWorkspaceId).not.toBe(user.workspaceId)

  const switcher = page.getByRole('combobox', { name: 'Workspace' })
  await expect(switcher).toHaveValue(newWorkspaceId)
  await expect(switcher.getByRole('option')).toHaveText([user.workspaceName, name, '+ New workspace…'])

  await switcher.selectOption({ label: user.workspaceName })
  await expect(page).toHaveURL(new RegExp(`/w/${user.workspaceId}$`))
  await expect(page.getByRole('heading', { level: 1, name: user.workspaceName })).toBeVisible()

  await page.goto(`/w/${newWorkspaceId}/members`)
  const row = page.getByTestId('member-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(`${user.name} (you)`)
  await expect(page.getByRole('combobox', { name: `Role of ${user.email}` })).toHaveValue('OWNER')
})
