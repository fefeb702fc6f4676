import type { Page } from '@playwright/test'
import { createDocumentByApi, expect, addMemberByApi, selectInText, test } from './fixtures'

// Replaces `words` in the text being edited by typing over them.
async function typeOver(page: Page, words: string, replacement: string) {
  await page.getByTestId('document-text').click()
  await selectInText(page, words)
  await page.keyboard.type(replacement)
}

test('an edit that changes a figure is saved as a revision, flags the claim, and shows in the history', async ({ page, user }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: 'Exports rose by 12% in 2024, to over $4.5 billion.\nOfficials expect growth to continue.' })
  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await page.getByRole('button', { name: 'Edit text' }).click()
  await expect(page.getByRole('button', { name: 'Save as revision 2' })).toBeDisabled()
  await typeOver(page, '$4.5 billion', '$5.1 billion')
  await page.getByRole('button', { name: 'Save as revision 2' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toContainText('1 changed since review')
  await expect(page.getByText('2 of 2')).toBeVisible()
  await expect(page.getByTestId('document-text')).toContainText('to over $5.1 billion.')
  await page.getByTestId('claim-item').filter({ hasText: '$5.1 billion' }).click()
  const details = page.getByTestId('claim-details')
  await expect(details.getByTestId('previous-quote')).toHaveText('Exports rose by 12% in 2024, to over $4.5 billion.')
  await expect(details.getByTestId('quantity').last()).toHaveText('“over $5.1 billion” → over 5,100,000,000 dollars (country unspecified)')
  await details.getByRole('button', { name: 'I have checked the new wording' }).click()
  await expect(details.getByTestId('text-change')).toHaveCount(0)

  await page.getByRole('link', { name: 'History' }).click()
  await expect(page.getByTestId('revision-diff').locator('del')).toContainText('4.5')
  await expect(page.getByTestId('revision-diff').locator('ins')).toContainText('5.1')
  await page.getByRole('link', { name: 'Open revision 1, read only' }).click()
  await expect(page.getByText('read only', { exact: false }).first()).toBeVisible()
  await expect(page.getByTestId('document-text')).toContainText('to over $4.5 billion.')
})

test('a claim whose sentence was deleted is listed as lost and re-attached to other words', async ({ page, user }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Plan', text: 'Exports rose by 12% in 2024.\nThe minister called it a triumph of planning.\nOfficials expect growth to continue.' })
  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await page.getByRole('button', { name: 'Edit text' }).click()
  await typeOver(page, 'The minister called it a triumph of planning.', 'No comment.')
  await page.getByRole('button', { name: 'Save as revision 2' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toContainText('1 lost their words')

  const orphan = page.getByTestId('orphan')
  await expect(orphan).toHaveText(/“The minister called it a triumph of planning\.”/)
  await orphan.getByRole('button', { name: 'Re-attach…' }).click()
  await selectInText(page, 'Officials expect growth to continue.')
  await page.getByRole('button', { name: 'Re-attach here' }).click()
  await expect(orphan).toHaveCount(0)
  await expect(page.getByTestId('claim-details').getByTestId('previous-quote')).toHaveText('The minister called it a triumph of planning.')
})

test('two editors saving at once: the second gets both versions and saves their merge', async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Outlook', text: 'Exports rose by 12% in 2024.\nOfficials expect growth to continue.' })
  const other = await newSession('editor')
  await addMemberByApi(page.request, user.workspaceId, { email: other.user.email, request: other.page.request }, 'EDITOR')
  for (const each of [page, other.page]) {
    await each.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
    await each.getByRole('button', { name: 'Edit text' }).click()
  }
  await typeOver(page, '12%', '14%')
  await typeOver(other.page, 'growth to continue', 'slower growth')
  await page.getByRole('button', { name: 'Save as revision 2' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toBeVisible()

  await other.page.getByRole('button', { name: 'Save as revision 2' }).click()
  const conflict = other.page.getByTestId('edit-conflict')
  await expect(conflict).toContainText('saved revision 2 while you were editing')
  await expect(conflict.getByTestId('merged-text')).toContainText('slower growth')
  await conflict.getByRole('button', { name: 'Continue from the merge' }).click()
  await other.page.getByRole('button', { name: 'Save as revision 3' }).click()
  await expect(other.page.getByRole('status').filter({ hasText: 'Saved as revision 3' })).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('document-text')).toContainText('Exports rose by 14% in 2024.')
  await expect(page.getByTestId('document-text')).toContainText('Officials expect slower growth.')
})

test('readers have no way to edit the text, and the API refuses them', async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Read', text: 'Cases fell by 30% in 2023.' })
  const reviewer = await newSession('reviewer')
  await addMemberByApi(page.request, user.workspaceId, { email: reviewer.user.email, request: reviewer.page.request }, 'REVIEWER')
  await reviewer.page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await expect(reviewer.page.getByTestId('document-text')).toContainText('Cases fell by 30% in 2023.')
  await expect(reviewer.page.getByTestId('document-text')).toHaveAttribute('contenteditable', 'false')
  await expect(reviewer.page.getByRole('button', { name: 'Edit text' })).toHaveCount(0)
  const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cases rose.' }] }] }
  const response = await reviewer.page.request.post(`/api/workspaces/${user.workspaceId}/documents/${doc.id}/revisions`, { data: { baseNumber: 1, content } })
  expect(response.status()).toBe(403)
})

test('a reviewer comments on selected words; an editor pastes HTML and only allowed structure is kept', async ({ page, user, newSession }) => {
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Notes', text: 'Exports rose by 12% in 2024.\nOfficials expect growth to continue.' })
  const reviewer = await newSession('reviewer')
  await addMemberByApi(page.request, user.workspaceId, { email: reviewer.user.email, request: reviewer.page.request }, 'REVIEWER')
  await reviewer.page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await selectInText(reviewer.page, 'Officials expect growth')
  await expect(reviewer.page.getByRole('button', { name: 'New claim' })).toHaveCount(0)
  await reviewer.page.getByRole('button', { name: 'Comment' }).click()
  await reviewer.page.getByLabel('Comment on the selected words').fill('Which officials? <script>alert(1)</script>')
  await reviewer.page.getByRole('button', { name: 'Post comment' }).click()
  const comment = reviewer.page.getByTestId('comment')
  await expect(comment).toContainText('“Officials expect growth”')
  await expect(comment).toContainText('Which officials? <script>alert(1)</script>')
  await expect(reviewer.page.locator('[data-comment]')).toHaveText('Officials expect growth')

  await page.goto(`/w/${user.workspaceId}/documents/${doc.id}`)
  await page.getByRole('button', { name: 'Edit text' }).click()
  await page.getByTestId('document-text').click()
  await selectInText(page, 'Officials expect growth to continue.')
  await page.getByTestId('document-text').evaluate((editor) => {
    const data = new DataTransfer()
    data.setData('text/html', '<p>Pasted <b>bold</b> <img src="x" onerror="alert(1)"><a href="javascript:alert(1)">bad link</a> <a href="https://example.org/">good link</a></p><script>alert(2)</script>')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await expect(page.getByTestId('document-text').locator('strong')).toHaveText('bold')
  await expect(page.getByTestId('document-text').locator('img, script')).toHaveCount(0)
  await expect(page.getByTestId('document-text').locator('a')).toHaveAttribute('href', 'https://example.org/')
  await page.getByRole('button', { name: 'Save as revision 2' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2' })).toBeVisible()
  await expect(page.getByTestId('document-text')).toContainText('Pasted bold bad link good link')
  await expect(page.getByTestId('comment')).toContainText('these words were removed in an edit')
})
