// Live collaboration across two app instances on one database: the owner's browser
// talks to the main server, the editor's to a second `next start` (see
// playwright.config.ts), so every update crosses Postgres LISTEN/NOTIFY. The waits allow
// for a loaded CI machine; the latency itself is measured by bench:review (p95 ~20 ms).
import { createDocumentByApi, createUser, expect, addMemberByApi, test } from './fixtures'

const SECOND_URL = process.env.E2E_SECOND_URL ?? 'http://127.0.0.1:3101'

test('a change made through one instance shows in a browser on the other at once, and each sees the other', async ({ page, user, browser }) => {
  test.setTimeout(60_000)
  const doc = await createDocumentByApi(page.request, user.workspaceId, {
    title: 'Live trade',
    text: 'Exports rose by 12% in 2023. Imports fell to $4 billion in 2024. Tariffs doubled to 20% last year.',
  })
  const context = await browser.newContext({ baseURL: SECOND_URL })
  try {
    const other = await context.newPage()
    const editor = await createUser(other.request, 'editor')
    await addMemberByApi(page.request, user.workspaceId, { email: editor.email, request: other.request }, 'EDITOR')
    const path = `/w/${user.workspaceId}/documents/${doc.id}`
    await page.goto(path)
    await other.goto(path)

    await expect(page.getByTestId('live-document')).toContainText(`Also here:`)
    await expect(page.getByTestId('live-viewers')).toHaveText(editor.name)
    await expect(other.getByTestId('live-viewers')).toHaveText(user.name)

    const items = other.getByTestId('claim-item')
    await expect(items.first()).toBeVisible()
    const before = await items.count()
    expect(before).toBeGreaterThan(1)
    const response = await page.request.get(`/api/workspaces/${user.workspaceId}/documents/${doc.id}/claims`)
    const { claims } = (await response.json()) as { claims: { id: string; quote: string }[] }
    const target = claims.find((claim) => claim.quote.includes('Tariffs'))!

    // Dismissed on the main server, by the owner: the editor's page on the second one follows.
    const dismissed = await page.request.patch(`/api/workspaces/${user.workspaceId}/claims/${target.id}`, { data: { isDismissed: true } })
    expect(dismissed.status(), await dismissed.text()).toBe(200)
    await expect(items).toHaveCount(before - 1, { timeout: 5_000 })
    await expect(other.getByTestId('live-last-activity')).toContainText('dismissed a claim')

    // And the other way round: the editor restores it through the second server.
    const mainItems = page.getByTestId('claim-item')
    await expect(mainItems).toHaveCount(before - 1)
    const restored = await other.request.patch(`/api/workspaces/${user.workspaceId}/claims/${target.id}`, { data: { isDismissed: false } })
    expect(restored.status(), await restored.text()).toBe(200)
    await expect(mainItems).toHaveCount(before, { timeout: 5_000 })

    // Leaving is seen too: at once when the server notices the closed connection, at
    // worst at the next heartbeat's failed write (15 s).
    await other.close()
    await expect(page.getByTestId('live-viewers')).toHaveCount(0, { timeout: 20_000 })
  } finally {
    await context.close()
  }
})

test('the live feed of a document is closed to other workspaces', async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Private', text: 'Cases fell by 30% in 2023.' })
  const stranger = await newSession('stranger')
  const response = await stranger.page.request.get(`/api/workspaces/${user.workspaceId}/documents/${doc.id}/live`)
  expect(response.status()).toBe(404)
})
