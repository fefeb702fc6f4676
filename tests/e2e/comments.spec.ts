import type { Page } from '@playwright/test'
import { createDocumentByApi, expect, addMemberByApi, test } from './fixtures'

// Needs CommentThreads (components/comments/comment-thread-list.tsx) in the claim panel,
// with the workspace's members for @mentions.
const TEXT = 'Exports rose by 12% in 2024, to over $4.5 billion.\nThe minister called it a triumph.'

async function openClaim({ page }: { page: Page }, workspaceId: string, documentId: string) {
  await page.goto(`/w/${workspaceId}/documents/${documentId}`)
  await page.getByTestId('claim-item').filter({ hasText: 'Exports rose by 12%' }).click()
  const threads = page.getByTestId('comment-threads')
  await expect(threads.getByRole('heading', { name: /Comments/ })).toBeVisible()
  return threads
}

test('a reviewer comments on a claim with a mention, an editor replies, the author edits, the thread is resolved', async ({ page, user, newSession }) => {
  // Four people, three of them invited by mail: a long test.
  test.slow()
  const doc = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: TEXT })
  const reviewer = await newSession('reviewer')
  const editor = await newSession('editor')
  const viewer = await newSession('viewer')
  await addMemberByApi(page.request, user.workspaceId, { email: reviewer.user.email, request: reviewer.page.request }, 'REVIEWER')
  await addMemberByApi(page.request, user.workspaceId, { email: editor.user.email, request: editor.page.request }, 'EDITOR')
  await addMemberByApi(page.request, user.workspaceId, { email: viewer.user.email, request: viewer.page.request }, 'VIEWER')

  // The reviewer writes Markdown and picks the editor from the mention list by keyboard.
  let threads = await openClaim(reviewer, user.workspaceId, doc.id)
  await expect(threads).toContainText('No comments yet')
  const box = threads.getByLabel('Comment on this claim')
  await box.fill('Is this **nominal**? <script>alert(1)</script> ')
  await box.pressSequentially('@Edi')
  const option = reviewer.page.getByRole('option', { name: new RegExp(editor.user.email) })
  await expect(option).toBeVisible()
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')
  await expect(box).toHaveValue(`Is this **nominal**? <script>alert(1)</script> @${editor.user.email} `)
  await box.pressSequentially('please check')
  await threads.getByRole('button', { name: 'Post comment' }).click()
  const first = threads.getByTestId('comment').first()
  await expect(first.locator('strong')).toHaveText('nominal')
  await expect(first).toContainText('<script>alert(1)</script>')
  await expect(first.locator('script')).toHaveCount(0)
  await expect(first.locator('.mention')).toHaveText(`@${editor.user.name}`)
  await expect(box).toHaveValue('')

  // The editor replies with a link.
  threads = await openClaim(editor, user.workspaceId, doc.id)
  await threads.getByRole('button', { name: 'Reply', exact: true }).click()
  await threads.getByLabel('Reply', { exact: true }).fill('Nominal: see [table 1](https://stats.example/t1).')
  await threads.getByRole('button', { name: 'Post reply' }).click()
  await expect(threads.getByTestId('comment')).toHaveCount(2)
  const link = threads.getByRole('link', { name: 'table 1' })
  await expect(link).toHaveAttribute('href', 'https://stats.example/t1')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow')
  // the editor cannot edit the reviewer's words, but may delete them
  await expect(threads.getByTestId('comment').first().getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0)
  await expect(threads.getByTestId('comment').first().getByRole('button', { name: 'Delete', exact: true })).toBeVisible()

  // The author edits; the thread shows "edited" and what it said before.
  threads = await openClaim(reviewer, user.workspaceId, doc.id)
  await expect(threads.getByTestId('comment').nth(1)).toContainText('Nominal: see table 1.')
  await threads.getByTestId('comment').first().getByRole('button', { name: 'Edit', exact: true }).click()
  await threads.getByLabel('Edit your comment').fill('Is this **real** or nominal?')
  await threads.getByRole('button', { name: 'Save', exact: true }).click()
  const edited = threads.getByTestId('comment').first()
  await expect(edited.locator('strong')).toHaveText('real')
  await edited.getByRole('button', { name: 'edited' }).click()
  await expect(edited.getByRole('region', { name: 'Earlier versions' })).toContainText('Is this nominal?')

  // Resolving folds the thread away; it can be shown and reopened.
  await threads.getByRole('button', { name: 'Resolve' }).click()
  await expect(threads).toContainText(`Resolved by ${reviewer.user.name}`)
  await expect(threads.getByTestId('comment')).toHaveCount(0)
  await threads.getByRole('button', { name: 'Show thread' }).click()
  await expect(threads.getByTestId('comment')).toHaveCount(2)
  await expect(threads.getByRole('button', { name: 'Reopen' })).toBeVisible()

  // A viewer reads the thread but has no composer and no actions.
  threads = await openClaim(viewer, user.workspaceId, doc.id)
  await threads.getByRole('button', { name: 'Show thread' }).click()
  await expect(threads.getByTestId('comment')).toHaveCount(2)
  await expect(threads.getByLabel('Comment on this claim')).toHaveCount(0)
  await expect(threads.getByRole('button', { name: /Reply|Reopen|Edit|Delete/ })).toHaveCount(0)
})
