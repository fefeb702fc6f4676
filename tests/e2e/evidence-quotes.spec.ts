import { createDocumentByApi, expect, test } from './fixtures'

// Issue 15: the claim panel says where each evidence quote stands in the source as
// archived, links to that place in the source reader, and flags a quote not found.
test('evidence quotes are located in the archived source, and a quote not found is flagged', async ({ page, user }) => {
  const workspaceId = user.workspaceId
  const document = await createDocumentByApi(page.request, workspaceId, { title: 'Trade', text: 'Exports rose to $4.5 billion in 2024.' })
  const created = await page.request.post(`/api/workspaces/${workspaceId}/sources`, { data: { url: 'https://stats.example.org/exports-2024', title: 'Export statistics 2024' } })
  expect(created.status(), await created.text()).toBe(201)
  const sourceId = ((await created.json()) as { source: { id: string } }).source.id
  const release = 'Export statistics 2024\nExports of goods reached 4.5 billion dollars in 2024, the office said.\nFigures are provisional.'
  const upload = await page.request.post(`/api/workspaces/${workspaceId}/sources/${sourceId}/snapshots`, { multipart: { file: { name: 'release.txt', mimeType: 'text/plain', buffer: Buffer.from(release) } } })
  expect(upload.status(), await upload.text()).toBe(202)
  const { number } = ((await upload.json()) as { snapshot: { number: number } }).snapshot
  // The job queue reads it.
  await expect
    .poll(async () => {
      const { snapshots } = (await (await page.request.get(`/api/workspaces/${workspaceId}/sources/${sourceId}/snapshots`)).json()) as { snapshots: { number: number; status: string }[] }
      return snapshots.find((snapshot) => snapshot.number === number)?.status
    }, { timeout: 30_000 })
    .toBe('DONE')

  const { claims } = (await (await page.request.get(`/api/workspaces/${workspaceId}/documents/${document.id}/claims`)).json()) as { claims: { id: string; quote: string }[] }
  const claimId = claims.find((claim) => claim.quote.includes('$4.5 billion'))!.id
  for (const quote of ['Exports of goods reached 4.5 billion dollars in 2024', 'Exports of goods fell sharply in 2024.']) {
    const added = await page.request.post(`/api/workspaces/${workspaceId}/claims/${claimId}/evidence`, { data: { sourceId, stance: 'SUPPORTS', quote } })
    expect(added.status(), await added.text()).toBe(201)
  }
  await page.goto(`/w/${workspaceId}/documents/${document.id}`)
  await page.getByTestId('claim-item').filter({ hasText: '$4.5 billion' }).first().click()
  const items = page.getByTestId('claim-evidence').getByTestId('evidence')
  await expect(items).toHaveCount(2)

  const found = items.filter({ hasText: 'reached 4.5 billion dollars' })
  const link = found.getByRole('link', { name: 'Quote found (paragraph 2)' })
  await expect(link).toHaveAttribute('href', `/w/${workspaceId}/sources/${sourceId}?snapshot=${number}&at=23-75`)
  await expect(found.getByTestId('quote-check')).toContainText(`snapshot ${number}, archived`)
  await expect(found.getByTestId('figure-check')).toContainText('Source says “4.5 billion dollars” in paragraph 2, claim says “$4.5 billion”')
  await expect(found.getByTestId('figure-comparison')).toHaveText('matches')

  const missing = items.filter({ hasText: 'fell sharply' }).getByTestId('quote-check')
  await expect(missing).toHaveAttribute('data-state', 'not-found')
  await expect(missing).toContainText('Not found')
  await expect(missing).toContainText(/Quote not found in the source as archived on \d{1,2} \w{3} \d{4}/)
  await page.getByTestId('claim-evidence').screenshot({ path: test.info().outputPath('evidence-quotes.png') })
})
