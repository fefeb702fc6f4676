import { encode } from 'next-auth/jwt'
import { appAlert, expect, newCredentials, signUpByApi, test } from './fixtures'
import { waitForMail } from './mailbox'

const WORKSPACE_PATH = /\/w\/[^/]+$/

test.describe('sign-up', () => {
  test('a new user signs up and lands in their empty personal workspace', async ({ page }) => {
    const credentials = newCredentials('ada')
    await page.goto('/signup')
    await page.getByLabel('Name').fill(credentials.name)
    await page.getByLabel('Email').fill(credentials.email)
    await page.getByLabel('Password').fill(credentials.password)
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page).toHaveURL(WORKSPACE_PATH)
    await expect(page.getByRole('heading', { level: 1, name: `${credentials.name}'s workspace` })).toBeVisible()
    await expect(page.getByText('No documents yet')).toBeVisible()
    await expect(page.getByText('Paste an article to start fact-checking it with your team.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'New document' }).first()).toBeVisible()
    await expect(page.getByTestId('current-user')).toHaveText(credentials.name)
  })

  test('an address that already has an account gets the same answer as a new one, and the mailbox is told', async ({ page }) => {
    const credentials = newCredentials('taken')
    await signUpByApi(page.request, credentials)

    await page.goto('/signup')
    // Same address, other case: emails are compared case-insensitively.
    await page.getByLabel('Email').fill(credentials.email.toUpperCase())
    await page.getByLabel('Password').fill('another-password')
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page.getByRole('status')).toContainText('Check your inbox')
    await expect(page).toHaveURL(/\/signup$/)
    await waitForMail(credentials.email, 'You already have a Claimtrack account')
  })

  test('a malformed email is refused inline', async ({ page }) => {
    await page.goto('/signup')
    await page.getByLabel('Email').fill('not-an-email')
    await page.getByLabel('Password').fill('long-enough-password')
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page.getByLabel('Email')).toHaveAccessibleDescription('is not a valid email address')
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Password')).not.toHaveAttribute('aria-invalid', 'true')
    await expect(page).toHaveURL(/\/signup$/)
  })

  test('a short password is refused inline', async ({ page }) => {
    await page.goto('/signup')
    await page.getByLabel('Email').fill(newCredentials('short').email)
    await page.getByLabel('Password').fill('seven77')
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page.getByLabel('Password')).toHaveAccessibleDescription('must be at least 8 characters')
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true')
    await expect(page).toHaveURL(/\/signup$/)
  })
})

test.describe('sign-in', () => {
  test('a user signs in through the form and returns to the page they asked for', async ({ page }) => {
    const credentials = newCredentials('bea')
    await signUpByApi(page.request, credentials)

    await page.goto('/workspaces/new')
    await expect(page).toHaveURL(/\/signin\?reason=required&next=%2Fworkspaces%2Fnew$/)
    await expect(page.getByRole('status')).toHaveText('Sign in to continue.')

    await page.getByLabel('Email').fill(credentials.email)
    await page.getByLabel('Password').fill(credentials.password)
    await page.getByRole('button', { name: 'Sign in' }).click()

    await expect(page).toHaveURL(/\/workspaces\/new$/)
    await expect(page.getByRole('heading', { name: 'New workspace' })).toBeVisible()
  })

  test('a user signs in from the sign-in page and lands in their workspace', async ({ page }) => {
    const credentials = newCredentials('cyd')
    await signUpByApi(page.request, credentials)

    await page.goto('/signin')
    await page.getByLabel('Email').fill(credentials.email)
    await page.getByLabel('Password').fill(credentials.password)
    await page.getByRole('button', { name: 'Sign in' }).click()

    await expect(page).toHaveURL(WORKSPACE_PATH)
    await expect(page.getByRole('heading', { level: 1, name: `${credentials.name}'s workspace` })).toBeVisible()
    await expect(page.getByTestId('current-user')).toHaveText(credentials.name)
  })

  test('a wrong password says so and does not sign in', async ({ page }) => {
    const credentials = newCredentials('dee')
    await signUpByApi(page.request, credentials)

    await page.goto('/signin')
    await page.getByLabel('Email').fill(credentials.email)
    await page.getByLabel('Password').fill(`${credentials.password}-wrong`)
    await page.getByRole('button', { name: 'Sign in' }).click()

    await expect(appAlert(page)).toHaveText('Wrong email or password.')
    await expect(page).toHaveURL(/\/signin$/)
    // Still signed out: a protected page sends us back here.
    await page.goto('/')
    await expect(page).toHaveURL(/\/signin\?reason=required/)
  })
})

test('signing out ends the session: the workspace then asks to sign in', async ({ page, user }) => {
  await page.goto(`/w/${user.workspaceId}`)
  await expect(page.getByRole('heading', { level: 1, name: user.workspaceName })).toBeVisible()

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/signin$/)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()

  await page.goto(`/w/${user.workspaceId}`)
  await expect(page).toHaveURL(new RegExp(`/signin\\?reason=required&next=%2Fw%2F${user.workspaceId}$`))
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  const session = await (await page.request.get('/api/auth/session')).json()
  expect(session).toEqual({})
})

test('an expired session sends the user to sign in, saying why, and the API answers 401', async ({ page, user }) => {
  const secret = process.env.NEXTAUTH_SECRET
  test.skip(!secret, 'needs the server’s NEXTAUTH_SECRET to sign a session cookie')
  // A session cookie the server itself would have issued, one minute past its expiry.
  const expired = await encode({ token: { sub: user.id, email: user.email }, secret: secret!, maxAge: -60 })
  await page.context().clearCookies()
  await page.context().addCookies([{ name: 'next-auth.session-token', value: expired, url: test.info().project.use.baseURL! }])

  await page.goto(`/w/${user.workspaceId}`)
  await expect(page).toHaveURL(/\/signin\?reason=expired&next=/)
  await expect(page.getByRole('status').filter({ hasText: 'Your session has expired. Sign in again.' })).toBeVisible()

  const response = await page.request.get('/api/workspaces')
  expect(response.status()).toBe(401)
  expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Your session has expired. Sign in again.' } })
})
