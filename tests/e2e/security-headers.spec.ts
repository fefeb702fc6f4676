// Every kind of response carries the security headers, no page of the app breaks its
// own Content-Security-Policy, and no ?next= variant leads off the site.
import type { APIResponse, Page, Response } from '@playwright/test'
import { createDocumentByApi, expect, newCredentials, signUpByApi, test } from './fixtures'

const TEXT = 'Exports rose by 12% in 2024, to over $4.5 billion.\n\nThe ministry said imports fell 3% in 2023.'

function expectSecurityHeaders(response: Response | APIResponse | null, what: string) {
  expect(response, what).not.toBeNull()
  const headers = response!.headers()
  const policy = headers['content-security-policy'] ?? ''
  expect(policy, `${what}: Content-Security-Policy`).toContain("frame-ancestors 'none'")
  expect(policy, `${what}: Content-Security-Policy`).toMatch(/(object|default)-src 'none'/)
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['x-frame-options'], what).toBe('DENY')
  expect(headers['permissions-policy'], what).toContain('camera=()')
  return policy
}

// What the browser refused under the policy, as the page itself hears it.
async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} at ${document.location.pathname} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`))
  })
  const logged: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) logged.push(message.text())
  })
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))]
}

test('pages, API routes, the static document page and share pages all carry the headers', async ({ page, user, browser }, testInfo) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: TEXT })

  const home = expectSecurityHeaders(await page.goto(`/w/${user.workspaceId}`), 'a page rendered on request')
  expect(home).toMatch(/script-src 'nonce-[A-Za-z0-9+/=_-]+' 'strict-dynamic'/)
  const documentPage = expectSecurityHeaders(await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`), 'the static document page')
  expect(documentPage).toContain("script-src-attr 'none'")
  expectSecurityHeaders(await page.request.get('/api/health'), 'an API route')
  const api = expectSecurityHeaders(await page.request.get(`/api/workspaces/${user.workspaceId}/documents`), 'a signed-in API route')
  expect(api).toContain("default-src 'none'")
  expectSecurityHeaders(await page.request.get(`/api/workspaces/${user.workspaceId}/nothing-here`), 'a 404 from the API')

  const report = await page.request.post(`/api/workspaces/${user.workspaceId}/reports`, { data: { title: 'Headers check', documentIds: [doc.id], options: { scope: 'all', includeComments: false, includeAuditAppendix: false } } })
  expect(report.status(), await report.text()).toBe(201)
  const { report: published } = (await report.json()) as { report: { id: string } }
  const shared = await page.request.post(`/api/workspaces/${user.workspaceId}/reports/${published.id}/share`, { data: {} })
  expect(shared.status(), await shared.text()).toBe(201)
  const { link } = (await shared.json()) as { link: { path: string } }

  const reader = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  try {
    const publicPage = await reader.newPage()
    const violations = await watchPolicyViolations(publicPage)
    const response = await publicPage.goto(link.path)
    expect(response?.status()).toBe(200)
    expectSecurityHeaders(response, 'a public share page')
    await expect(publicPage.getByRole('heading', { name: 'Headers check' }).first()).toBeVisible()
    expectSecurityHeaders(await publicPage.goto('/signin'), 'the sign-in page, signed out')
    await expect(publicPage.getByRole('button', { name: 'Sign in' })).toBeVisible()
    expect(await violations()).toEqual([])
  } finally {
    await reader.close()
  }
})

test('no page of the app breaks its own policy: workspace pages, the document with a claim open, search, settings', async ({ page, user }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: TEXT })
  const violations = await watchPolicyViolations(page)
  const seen: string[] = []
  for (const path of ['', '/documents', '/queue', '/sources', '/reports', '/members', '/settings', '/search?q=exports']) {
    await page.goto(`/w/${user.workspaceId}${path}`)
    await expect(page.getByRole('main')).toBeVisible()
    seen.push(...(await violations()))
  }
  await page.goto('/account')
  await expect(page.getByRole('main')).toBeVisible()
  seen.push(...(await violations()))

  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await page.getByTestId('claim-item').filter({ hasText: 'Exports rose by 12%' }).click()
  await expect(page.getByTestId('claim-details')).toContainText('Exports rose by 12%')
  seen.push(...(await violations()))
  expect(seen).toEqual([])
})

// Each is what a crafted link might put in ?next= to bounce a user who signs in.
const OFF_SITE = ['//evil.example', '/\\evil.example', '/%09/evil.example', '/%5cevil.example', 'https://evil.example', '/%2F%2Fevil.example', 'javascript:alert(1)']

test('signing in never follows a ?next= that leaves the site', async ({ page }, testInfo) => {
  const credentials = newCredentials('redirect')
  await signUpByApi(page.request, credentials)
  const appOrigin = new URL(testInfo.project.use.baseURL!).origin
  for (const next of OFF_SITE) {
    await page.context().clearCookies()
    await page.goto(`/signin?next=${encodeURIComponent(next)}`)
    await page.getByLabel('Email').fill(credentials.email)
    await page.getByLabel('Password').fill(credentials.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname !== '/signin')
    expect(new URL(page.url()).origin, `?next=${next}`).toBe(appOrigin)
    await expect(page.getByRole('main'), `?next=${next}`).toBeVisible()
  }
  // Signed in already, the sign-in page sends the user on at once: the same rule holds.
  for (const next of OFF_SITE) {
    await page.goto(`/signin?next=${encodeURIComponent(next)}`)
    expect(new URL(page.url()).origin, `signed in, ?next=${next}`).toBe(appOrigin)
  }
})
