import { addMemberByApi, appAlert, expect, newCredentials, test, workspacesByApi } from './fixtures'
import { mailedLink } from './mailbox'

test('an owner invites an existing user, who joins only by accepting the mailed link', async ({ page, user, newSession }) => {
  const { user: colleague, page: colleaguePage } = await newSession('colleague')
  await page.goto(`/w/${user.workspaceId}/members`)

  await page.getByLabel('Email').fill(colleague.email)
  await page.getByLabel('Role', { exact: true }).selectOption('EDITOR')
  await page.getByRole('button', { name: 'Invite' }).click()

  await expect(page.getByRole('status')).toContainText(`We mailed an invitation to ${colleague.email}.`)
  await expect(page.getByTestId('member-row')).toHaveCount(1)
  const invitation = page.getByTestId('invitation-row')
  await expect(invitation).toContainText(colleague.email)
  await expect(invitation).toContainText('Invited, not accepted yet')
  await expect(page.getByLabel('Email')).toHaveValue('')

  // Inviting the same person again is refused inline.
  await page.getByLabel('Email').fill(colleague.email)
  await page.getByRole('button', { name: 'Invite' }).click()
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('is already invited')

  // Not a member yet: the workspace is not theirs to open.
  expect((await workspacesByApi(colleaguePage.request)).map((workspace) => workspace.id)).toEqual([colleague.workspaceId])

  // The colleague confirms their address, then accepts from the invitation mail.
  await colleaguePage.goto(await mailedLink(colleague.email, '/verify-email?token='))
  await colleaguePage.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(colleaguePage.getByRole('status')).toHaveText('Your address is confirmed.')
  await colleaguePage.goto(await mailedLink(colleague.email, '/invitations/'))
  await expect(colleaguePage.getByRole('heading', { name: `Join ${user.workspaceName}` })).toBeVisible()
  await colleaguePage.getByRole('button', { name: 'Accept the invitation' }).click()
  await expect(colleaguePage).toHaveURL(new RegExp(`/w/${user.workspaceId}$`))
  await expect(colleaguePage.getByText('you are editor')).toBeVisible()

  await page.reload()
  await expect(page.getByTestId('invitation-row')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: `Role of ${colleague.email}` })).toHaveValue('EDITOR')
})

test('an invited address without an account signs up from the invitation and joins once it is confirmed', async ({ page, user, browser }, testInfo) => {
  const invitee = newCredentials('invitee')
  await page.goto(`/w/${user.workspaceId}/members`)
  await page.getByLabel('Email').fill(invitee.email)
  await page.getByLabel('Role', { exact: true }).selectOption('VIEWER')
  await page.getByRole('button', { name: 'Invite' }).click()
  await expect(page.getByTestId('invitation-row')).toContainText('Viewer')

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const inviteePage = await context.newPage()
    const invitationLink = await mailedLink(invitee.email, '/invitations/')
    await inviteePage.goto(invitationLink)
    await inviteePage.getByRole('link', { name: `Create an account with ${invitee.email}` }).click()
    await inviteePage.getByLabel('Name').fill(invitee.name)
    await inviteePage.getByLabel('Email').fill(invitee.email)
    await inviteePage.getByLabel('Password').fill(invitee.password)
    await inviteePage.getByRole('button', { name: 'Create account' }).click()

    // Back on the invitation, which waits for the address to be confirmed.
    await expect(inviteePage).toHaveURL(/\/invitations\//)
    await expect(inviteePage.getByText('Confirm your address first')).toBeVisible()
    await inviteePage.goto(await mailedLink(invitee.email, '/verify-email?token='))
    await inviteePage.getByRole('button', { name: 'Confirm my address' }).click()
    await expect(inviteePage.getByRole('status')).toHaveText('Your address is confirmed.')
    await inviteePage.goto(invitationLink)
    await inviteePage.getByRole('button', { name: 'Accept the invitation' }).click()
    await expect(inviteePage).toHaveURL(new RegExp(`/w/${user.workspaceId}$`))
    await expect(inviteePage.getByText('you are viewer')).toBeVisible()
  } finally {
    await context.close()
  }

  await page.reload()
  await expect(page.getByTestId('invitation-row')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: `Role of ${invitee.email}` })).toHaveValue('VIEWER')
})

test('an owner changes a member’s role, then removes them', async ({ page, user, newSession }) => {
  const { user: member, page: memberPage } = await newSession('member')
  await addMemberByApi(page.request, user.workspaceId, { email: member.email, request: memberPage.request }, 'REVIEWER')
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
  const { user: member, page: memberPage } = await newSession('kept')
  await addMemberByApi(page.request, user.workspaceId, { email: member.email, request: memberPage.request }, 'VIEWER')
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
