import { expect, test, appAlert } from './fixtures'

// A long report as a news site serves it: well over the size that is read inline.
function report(label: string, paragraphs: number): Buffer {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${label} section ${i}: exports of machinery rose by ${(i % 37) + 1.5}% to $${i + 10} million in ${2010 + (i % 15)}, the statistics office said.</p>`).join('\n')
  return Buffer.from(`<!doctype html><html><head><title>${label}</title></head><body><nav><a href="/">Home</a> <a href="/data">Data</a></nav><main><h1>${label}</h1>${body}</main><footer>© Example Daily</footer></body></html>`)
}

async function upload(page: import('@playwright/test').Page, workspaceId: string, name: string, buffer: Buffer) {
  await page.goto(`/w/${workspaceId}/documents/new`)
  await page.getByText('Upload a file').click()
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'text/html', buffer })
  await page.getByRole('button', { name: 'Create document' }).click()
}

test('an uploaded report is queued, shows its progress, survives a reload and lands in the inbox', async ({ page, user }) => {
  // It may wait behind the other tests' imports: one worker per server.
  test.setTimeout(150_000)
  const title = `Annual report ${Date.now()}`
  await upload(page, user.workspaceId, 'annual-report.html', report(title, 3_000))
  // The upload answers at once; the address names the job, so a reload finds it again.
  await expect(page.getByTestId('import-progress')).toBeVisible()
  await expect(page).toHaveURL(/\/documents\/new\?job=/)
  await page.reload()
  await expect(page).toHaveURL(/\/documents\/[^/?]+$/, { timeout: 120_000 })
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

  await page.goto(`/w/${user.workspaceId}/documents/new`)
  await expect(page.getByTestId('recent-imports')).toContainText(/Imported: \d{4} claims/)
  await page.goto(`/w/${user.workspaceId}/inbox`)
  await expect(page.getByTestId('inbox-item').first()).toContainText(`“${title}” is imported`)
})

test('a file the import cannot read fails with the reason, and nothing is saved', async ({ page, user }) => {
  const binary = Buffer.from(Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256))
  await upload(page, user.workspaceId, 'fake.html', binary)
  await expect(appAlert(page)).toContainText('This file is binary, not text')
  await page.goto(`/w/${user.workspaceId}`)
  await expect(page.getByText('No documents yet')).toBeVisible()
})
