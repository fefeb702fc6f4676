import { appAlert, expect, inviteByApi, newCredentials, test, workspacesByApi } from './fixtures'

test('an owner invites an existing user, who joins at once with the chosen role', async ({ page, user, newSession }) => {
  const { user: colleague, page: colleaguePage } = await newSession('colleague')
  await page.goto(`/w/${user.workspaceId}/members`)

  await page.getByLabel('Email').fill(colleague.email)
  await page.getByLabel('Role', { exact: true }).selectOption('EDITOR')
  await page.getByRole('button', { name: 'Invite' }).click()

  await expect(page.getByRole('status')).toHaveText(`${colleague.email} is now a member.`)
  await expect(page.getByTestId('member-row')).toHaveCount(2)
  await expect(page.getByTestId('member-row').filter({ hasText: colleague.email })).toContainText(colleague.name)
  await expect(page.getByRole('combobox', { name: `Role of ${colleague.email}` })).toHaveValue('EDITOR')
  await expect(page.getByLabel('Email')).toHaveValue('')

  // Inviting the same person again is refused inline.
  await page.getByLabel('Email').fill(colleague.email)
  await page.getByRole('button', { name: 'Invite' }).click()
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('is already a member')
  await expect(page.getByTestId('member-row')).toHaveCount(2)

  // The colleague now has the workspace, as an editor.
  await colleaguePage.goto(`/w/${user.workspaceId}`)
  await expect(colleaguePage.getByRole('heading', { level: 1, name: user.workspaceName })).toBeVisible()
  await expect(colleaguePage.getByText('you are editor')).toBeVisible()
  await expect(colleaguePage.getByRole('link', { name: 'New document' }).first()).toBeVisible()
})

test('an invited email without an account gets the workspace when it signs up', async ({ page, user, browser }, testInfo) => {
  const invitee = newCredentials('invitee')
  await page.goto(`/w/${user.workspaceId}/members`)
  await page.getByLabel('Email').fill(invitee.email)
  await page.getByLabel('Role', { exact: true }).selectOption('VIEWER')
  await page.getByRole('button', { name: 'Invite' }).click()

  await expect(page.getByRole('status')).toHaveText(`${invitee.email} is invited and joins when they sign up with that address.`)
  const invitation = page.getByTestId('invitation-row')
  await expect(invitation).toHaveCount(1)
  await expect(invitation).toContainText(invitee.email)
  await expect(invitation).toContainText('Invited, has not signed up yet')
  await expect(invitation).toContainText('Viewer')

  // The invitee signs up through the form in their own browser.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const inviteePage = await context.newPage()
    await inviteePage.goto('/signup')
    await inviteePage.getByLabel('Name').fill(invitee.name)
    await inviteePage.getByLabel('Email').fill(invitee.email)
    await inviteePage.getByLabel('Password').fill(invitee.password)
    await inviteePage.getByRole('button', { name: 'Create account' }).click()

    // Home is their own workspace; the switcher also offers the one they were invited to.
    await expect(inviteePage.getByRole('heading', { level: 1, name: `${invitee.name}'s workspace` })).toBeVisible()
    const switcher = inviteePage.getByRole('combobox', { name: 'Workspace' })
    await expect(switcher.getByRole('option')).toHaveText([`${invitee.name}'s workspace`, user.workspaceName, '+ New workspace…'])
    await switcher.selectOption({ label: user.workspaceName })
    await expect(inviteePage).toHaveURL(new RegExp(`/w/${user.workspaceId}$`))
    await expect(inviteePage.getByText('you are viewer')).toBeVisible()
  } finally {
    await context.close()
  }

  // For the owner, the invitation has become a membership.
  await page.reload()
  await expect(page.getByTestId('invitation-row')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: `Role of ${invitee.email}` })).toHaveValue('VIEWER')
})

test('an owner changes a member’s role, then removes them', async ({ page, user, newSession }) => {
  const { user: member, page: memberPage } = await newSession('member')
  await inviteByApi(page.request, user.workspaceId, member.email, 'REVIEWER')
  await page.goto(`/w/${user.workspaceId}/members`)

  const role = page.getByRole('combobox', { name: `Role of ${member.email}` })
  await expect(role).toHaveValue('REVIEWER')
  const patched = page.waitForResponse((response) => response.request().method() === 'PATCH')
  await role.selectOption('EDITOR')
  expect((await patched).status()).toBe(200)
  await expect(role).toHaveValue('EDITOR')
  await page.reload()
  await expect(role).toHaveValue('EDITOR')
  await memberPage.goto(`/w/${user.workspaceId}`)
  await expect(memberPage.getByText('you are editor')).toBeVisible()

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe(`Remove ${member.email} from this workspace? What they wrote stays.`)
    void dialog.accept()
  })
  await page.getByRole('button', { name: `Remove ${member.email}` }).click()
  await expect(page.getByTestId('member-row').filter({ hasText: member.email })).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('member-row')).toHaveCount(1)

  // The removed member no longer sees the workspace.
  expect((await workspacesByApi(memberPage.request)).map((workspace) => workspace.id)).toEqual([member.workspaceId])
  await memberPage.goto(`/w/${user.workspaceId}`)
  await expect(memberPage.getByRole('heading', { name: 'Not found' })).toBeVisible()
})

test('dismissing the removal prompt keeps the member', async ({ page, user, newSession }) => {
  const { user: member } = await newSession('kept')
  await inviteByApi(page.request, user.workspaceId, member.email, 'VIEWER')
  await page.goto(`/w/${user.workspaceId}/members`)

  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.getByRole('button', { name: `Remove ${member.email}` }).click()
  await page.reload()
  await expect(page.getByRole('combobox', { name: `Role of ${member.email}` })).toHaveValue('VIEWER')
})

test('the last owner cannot demote themselves', async ({ page, user }) => {
  await page.goto(`/w/${user.workspaceId}/members`)
  const ownRole = page.getByRole('combobox', { name: `Role of ${user.email}` })
  await ownRole.selectOption('VIEWER')
  await expect(appAlert(page)).toHaveText('Cannot demote the last owner: make another member an owner first')
  await page.reload()
  await expect(ownRole).toHaveValue('OWNER')
})
