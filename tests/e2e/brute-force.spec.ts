// Brute force against one account: 30 wrong passwords in a few seconds are cut off with
// 429 and Retry-After, counted across both app instances (the guesses go to the second,
// the person signs in on the first); the form says how long to wait, and after the
// block the right password works. The e2e servers run with a short per-account window
// and block (playwright.config.ts); the number of attempts allowed is the real one, 5.
import { appAlert, expect, newCredentials, signUpByApi, test } from './fixtures'

const SECOND_URL = process.env.E2E_SECOND_URL!
const WORKSPACE_PATH = /\/w\/[^/]+$/

test('30 wrong passwords get 429, the form shows the wait, and the right password works after it', async ({ page, playwright }) => {
  const credentials = newCredentials('target')
  await signUpByApi(page.request, credentials)

  const attacker = await playwright.request.newContext({ baseURL: SECOND_URL })
  const { csrfToken } = (await (await attacker.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const statuses: number[] = []
  let retryAfter: string | undefined
  const started = Date.now()
  for (let attempt = 0; attempt < 30; attempt++) {
    const response = await attacker.post('/api/auth/callback/credentials', { form: { csrfToken, email: credentials.email, password: `guess-${attempt}`, json: 'true' } })
    statuses.push(response.status())
    if (response.status() === 429) retryAfter ??= response.headers()['retry-after']
  }
  expect(Date.now() - started).toBeLessThan(5_000)
  await attacker.dispose()
  // Five guesses are answered (401, wrong password), then every one is refused before the password is checked.
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
  expect(statuses.slice(5)).toEqual(Array(25).fill(429))
  expect(Number(retryAfter)).toBeGreaterThan(0)

  // Even the right password is refused while the account is blocked, on the other instance too.
  await page.goto('/signin')
  await page.getByLabel('Email').fill(credentials.email)
  await page.getByLabel('Password').fill(credentials.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(appAlert(page)).toHaveText(/^Too many sign-in attempts for this account\. Try again in \d+ seconds?\.$/)
  await expect(page).toHaveURL(/\/signin$/)

  // After the wait the account recovers.
  const wait = Number((await appAlert(page).textContent())?.match(/in (\d+) second/)?.[1] ?? 0)
  await page.waitForTimeout((wait + 1) * 1000)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(WORKSPACE_PATH)
  await expect(page.getByTestId('current-user')).toHaveText(credentials.name)
})
