// Sign-in through a real OpenID Connect provider on loopback: the pre-account attack
// fails, and an identity joins an existing account only as the account rules say.
import { randomUUID } from 'node:crypto'
import type { Browser, Page, TestInfo } from '@playwright/test'
import { confirmAddressByApi, createUser, expect, newCredentials, signInByApi, signUpByApi, test } from './fixtures'
import { OIDC_SETTINGS, startIdentityProvider, type IdentityProvider, type ProviderIdentity } from './identity-provider'

// One provider, one "who signs in next": the stories take turns.
test.describe.configure({ mode: 'serial' })

let provider: IdentityProvider
test.beforeAll(async () => {
  provider = await startIdentityProvider()
})
test.afterAll(async () => {
  await provider?.stop()
})

const SIGN_IN_BUTTON = `Continue with ${OIDC_SETTINGS.OIDC_NAME}`

function identity(email: string, emailVerified: boolean): ProviderIdentity {
  return { sub: `idp-${randomUUID()}`, email, email_verified: emailVerified, name: 'Person at the provider' }
}

// A browser with no session, signing in through the provider as `who`.
async function signInWithProvider(browser: Browser, testInfo: TestInfo, who: ProviderIdentity): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  const page = await context.newPage()
  provider.signInAs(who)
  await page.goto('/signin')
  await page.getByRole('button', { name: SIGN_IN_BUTTON }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/api/auth/'))
  return page
}

async function sessionEmail(page: Page): Promise<string | undefined> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user?: { email?: string } }
  return session.user?.email
}

test('someone who signed up with your address never receives your provider identity (the pre-account attack)', async ({ browser, page }, testInfo) => {
  const victim = newCredentials('victim')
  await signUpByApi(page.request, { ...victim, password: 'impostor-password' })

  const realOwner = await signInWithProvider(browser, testInfo, identity(victim.email, true))
  await expect(realOwner).toHaveURL(/\/signin\?error=link-required/)
  await expect(realOwner.getByRole('alert').filter({ hasText: 'An account with this email address already exists' })).toBeVisible()
  expect(await sessionEmail(realOwner)).toBeUndefined()
  await realOwner.context().close()

  // The impostor's account has no provider linked.
  await signInByApi(page.request, { email: victim.email, password: 'impostor-password' })
  await page.goto('/account')
  await expect(page.getByRole('button', { name: `Link ${OIDC_SETTINGS.OIDC_NAME}` })).toBeDisabled()
  await expect(page.getByText('linked', { exact: true })).toHaveCount(0)
})

test('a provider that vouches for the address of a confirmed account signs into that account', async ({ browser, page, user }, testInfo) => {
  await confirmAddressByApi({ email: user.email, request: page.request })
  const signedIn = await signInWithProvider(browser, testInfo, identity(user.email, true))
  await expect(signedIn).toHaveURL(new RegExp(`/w/${user.workspaceId}`))
  expect(await sessionEmail(signedIn)).toBe(user.email)
  await signedIn.context().close()
})

test('an address the provider does not vouch for joins no existing account; a new one starts unconfirmed', async ({ browser, page, user }, testInfo) => {
  await confirmAddressByApi({ email: user.email, request: page.request })
  const refused = await signInWithProvider(browser, testInfo, identity(user.email, false))
  await expect(refused).toHaveURL(/\/signin\?error=link-required/)
  expect(await sessionEmail(refused)).toBeUndefined()
  await refused.context().close()

  const newcomer = newCredentials('newcomer')
  const created = await signInWithProvider(browser, testInfo, identity(newcomer.email, false))
  await expect(created).toHaveURL(/\/w\//)
  expect(await sessionEmail(created)).toBe(newcomer.email)
  await created.goto('/account')
  await expect(created.getByText('· not confirmed yet')).toBeVisible()
  await created.context().close()
})

test('a confirmed user links the provider from the account page, then signs in with it', async ({ browser, page }, testInfo) => {
  const user = await createUser(page.request, 'linker')
  await confirmAddressByApi({ email: user.email, request: page.request })
  // The identity at the provider has another address (a work one): linking does not need it to match.
  const work = identity(newCredentials('work').email, false)
  provider.signInAs(work)
  await page.goto('/account')
  await page.getByRole('button', { name: `Link ${OIDC_SETTINGS.OIDC_NAME}` }).click()
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByText('linked', { exact: true })).toBeVisible()

  const again = await signInWithProvider(browser, testInfo, work)
  await expect(again).toHaveURL(new RegExp(`/w/${user.workspaceId}`))
  expect(await sessionEmail(again)).toBe(user.email)
  await again.context().close()
})
