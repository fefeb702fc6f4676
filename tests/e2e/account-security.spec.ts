import { appAlert, expect, inviteByApi, newCredentials, signInByApi, signUpByApi, test, workspacesByApi } from './fixtures'
import { mailCount, mailedLink, tokenOf } from './mailbox'

test('signing up with an invited address does not take the invitation (the three-request takeover)', async ({ page, user, browser }, testInfo) => {
  const victim = newCredentials('victim')
  await inviteByApi(page.request, user.workspaceId, victim.email, 'EDITOR')

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const attacker = await context.newPage()
    await signUpByApi(attacker.request, { ...victim, password: 'attacker-password' })
    await signInByApi(attacker.request, { email: victim.email, password: 'attacker-password' })
    expect((await workspacesByApi(attacker.request)).map((workspace) => workspace.id)).not.toContain(user.workspaceId)
    expect((await attacker.request.get(`/api/workspaces/${user.workspaceId}/documents`)).status()).toBe(404)
    // Without the mailbox there is no invitation link; a guessed one is refused.
    const guessed = await attacker.request.post('/api/invitations/accept', { data: { token: 'A'.repeat(43) } })
    expect(guessed.status()).toBe(404)
    await attacker.goto(`/w/${user.workspaceId}`)
    await expect(attacker.getByRole('heading', { name: 'Not found' })).toBeVisible()
  } finally {
    await context.close()
  }
  // The owner still sees a pending invitation.
  await page.goto(`/w/${user.workspaceId}/members`)
  await expect(page.getByTestId('invitation-row')).toContainText(victim.email)
})

test('a viewer does not see pending invitations', async ({ page, user, newSession }) => {
  const { user: viewer, page: viewerPage } = await newSession('viewer')
  const { addMemberByApi } = await import('./fixtures')
  await addMemberByApi(page.request, user.workspaceId, { email: viewer.email, request: viewerPage.request }, 'VIEWER')
  const secret = newCredentials('secret')
  await inviteByApi(page.request, user.workspaceId, secret.email, 'EDITOR')
  const listed = (await (await viewerPage.request.get(`/api/workspaces/${user.workspaceId}/invitations`)).json()) as { invitations: unknown[] }
  expect(listed.invitations).toEqual([])
  await viewerPage.goto(`/w/${user.workspaceId}/members`)
  await expect(viewerPage.getByTestId('member-row')).toHaveCount(2)
  await expect(viewerPage.getByText(secret.email)).toHaveCount(0)
})

test('a forgotten password is reset by mail, and the reset signs every other session out', async ({ page, user, browser }, testInfo) => {
  // `page` is one session of the user; a second browser asks for the reset.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const resetPage = await other.newPage()
    await resetPage.goto('/signin')
    await resetPage.getByRole('link', { name: 'Forgot your password?' }).click()
    // The sign-in page has an Email field too: fill in the one on the reset page.
    await expect(resetPage.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible()
    await resetPage.getByLabel('Email').fill(user.email)
    const answered = resetPage.waitForResponse((response) => response.url().endsWith('/api/account/password-reset'))
    await resetPage.getByRole('button', { name: 'Send me a link' }).click()
    const answer = await answered
    expect(answer.status(), await answer.text()).toBe(202)
    await expect(resetPage.getByRole('status')).toContainText('Check your inbox')

    const link = await mailedLink(user.email, '/reset-password?token=')
    await resetPage.goto(link)
    await resetPage.getByLabel('New password').fill('a fresh password 2026')
    await resetPage.getByRole('button', { name: 'Save my new password' }).click()
    await expect(resetPage).toHaveURL(/\/signin\?reason=reset/)
    await expect(resetPage.getByRole('status')).toContainText('Sign in with the new password')

    // The first session has ended.
    await page.goto(`/w/${user.workspaceId}`)
    await expect(page).toHaveURL(/\/signin\?reason=expired/)

    // The link works once.
    await resetPage.goto(link)
    await resetPage.getByLabel('New password').fill('yet another password')
    await resetPage.getByRole('button', { name: 'Save my new password' }).click()
    await expect(appAlert(resetPage)).toContainText('already been used')

    await resetPage.goto('/signin')
    await resetPage.getByLabel('Email').fill(user.email)
    await resetPage.getByLabel('Password').fill('a fresh password 2026')
    await resetPage.getByRole('button', { name: 'Sign in' }).click()
    await expect(resetPage).toHaveURL(new RegExp(`/w/${user.workspaceId}$`))
  } finally {
    await other.close()
  }
})

test('"sign out everywhere" and a password change end the other sessions at once', async ({ page, user, browser }, testInfo) => {
  const second = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const secondPage = await second.newPage()
    await signInByApi(secondPage.request, user)
    await secondPage.goto(`/w/${user.workspaceId}`)
    await expect(secondPage.getByTestId('current-user')).toBeVisible()

    // A password change keeps this session and ends the other one.
    await page.goto('/account')
    await page.getByLabel('Current password').fill(user.password)
    await page.getByLabel('New password').fill('changed password 42')
    await page.getByRole('button', { name: 'Change password' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible()
    await secondPage.goto(`/w/${user.workspaceId}`)
    await expect(secondPage).toHaveURL(/\/signin\?reason=expired/)
    await page.goto(`/w/${user.workspaceId}`)
    await expect(page.getByTestId('current-user')).toBeVisible()

    // Signing out everywhere ends this one too.
    await signInByApi(secondPage.request, { email: user.email, password: 'changed password 42' })
    await page.goto('/account')
    await page.getByRole('button', { name: 'Sign out everywhere' }).click()
    await expect(page).toHaveURL(/\/signin\?reason=signed-out/)
    await secondPage.goto(`/w/${user.workspaceId}`)
    await expect(secondPage).toHaveURL(/\/signin\?reason=expired/)
    expect((await secondPage.request.get('/api/workspaces')).status()).toBe(401)
  } finally {
    await second.close()
  }
})

test('a tampered, reused or expired link gets a page that says which', async ({ page, user }) => {
  await page.goto('/verify-email?token=not-a-real-token')
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(appAlert(page)).toContainText('This link does not work')

  const token = tokenOf(await mailedLink(user.email, '/verify-email?token='))
  const first = await page.request.post('/api/account/verify-email', { data: { token } })
  expect(first.status()).toBe(200)
  await page.goto(`/verify-email?token=${token}`)
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(appAlert(page)).toContainText('This link was already used')

  await page.goto(`/invitations/${'B'.repeat(43)}`)
  await expect(appAlert(page)).toContainText('This link does not work')
  await page.goto('/invitations/%3Cscript%3E')
  await expect(appAlert(page)).toContainText('This link does not work')
})

test('an unverified account sees how to confirm its address', async ({ page, user }) => {
  await page.goto(`/w/${user.workspaceId}`)
  await expect(page.getByText('Confirm your email address to accept invitations')).toBeVisible()
  // The sign-up mail first: the new link must come from the mail sent after it (a
  // resend retires the earlier link).
  await mailedLink(user.email, '/verify-email?token=')
  const mailsBefore = await mailCount(user.email)
  await page.getByRole('button', { name: 'Send the link again' }).first().click()
  await expect(page.getByText('We sent a new link. Check your inbox.')).toBeVisible()
  await page.goto(await mailedLink(user.email, '/verify-email?token=', { after: mailsBefore }))
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(page.getByRole('status')).toHaveText('Your address is confirmed.')
  await page.goto(`/w/${user.workspaceId}`)
  await expect(page.getByText('Confirm your email address to accept invitations')).toHaveCount(0)
  await page.goto('/account')
  await expect(page.getByText('· confirmed')).toBeVisible()
})
