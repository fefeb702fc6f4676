// The document page driven by keyboard alone: no click, no selectOption, no fill.
import type { Locator, Page } from '@playwright/test'
import { createDocumentByApi, expect, test } from './fixtures'

const ARTICLE = `Exports rose by 12% in 2024, to over $4.5 billion.

Imports fell by 3% in the same year, officials said.
`

// Tab until `target` has focus, as a keyboard user would; fails after `limit` presses.
async function tabTo(page: Page, target: Locator, limit = 15): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused()
  // Buttons draw the global :focus-visible outline; form controls draw a focus ring (a box-shadow) instead.
  const style = await target.evaluate((element) => ({ isFocusVisible: element.matches(':focus-visible'), outline: getComputedStyle(element).outlineStyle, shadow: getComputedStyle(element).boxShadow }))
  expect(style.isFocusVisible).toBe(true)
  expect(style.outline !== 'none' || style.shadow !== 'none', `no focus indicator: ${JSON.stringify(style)}`).toBe(true)
}

test('the document page works by keyboard: select, open, rate, set a verdict, comment, and the ? dialog', async ({ page, user }) => {
  const article = await createDocumentByApi(page.request, user.workspaceId, { title: 'Trade', text: ARTICLE })
  await page.goto(`/w/${user.workspaceId}/documents/${article.id}`)
  const items = page.getByTestId('claim-item')
  await expect(items.nth(1)).toBeVisible()

  // j/k select the next and previous claim
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('k')
  await expect(items.first()).toHaveAttribute('aria-current', 'true')
  const panel = page.getByRole('region', { name: 'Selected claim' })
  await page.keyboard.press('o')
  await expect(panel).toBeFocused()

  // ?: the shortcuts dialog holds focus, Escape closes it, focus comes back
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Rate the selected claim')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  for (let presses = 0; presses < 3; presses++) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null)).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(panel).toBeFocused()

  // r: the rating form; typing a j into the rationale must not move to the next claim
  const review = page.getByTestId('claim-review')
  const verdict = review.getByLabel('Verdict', { exact: true })
  await expect(verdict).toBeVisible()
  await page.keyboard.press('r')
  await expectFocusVisible(verdict)
  await page.keyboard.press('ArrowDown')
  await expect(verdict).toHaveValue('ACCURATE')
  await tabTo(page, review.getByLabel('Rationale'))
  await page.keyboard.type('The customs figures just match.')
  await expect(items.first()).toHaveAttribute('aria-current', 'true')
  await tabTo(page, review.getByRole('button', { name: 'Save my rating' }))
  await page.keyboard.press('Enter')
  await expect(review.getByTestId('claim-status-label')).toHaveText('In review')

  // v: the verdict buttons
  const propose = review.getByRole('button', { name: 'Propose verdict' })
  await page.keyboard.press('v')
  await expectFocusVisible(propose)
  await page.keyboard.press('Enter')
  const proposed = review.getByLabel('Proposed verdict')
  await tabTo(page, proposed)
  // the form starts at the ratings' verdict (Accurate); one step down is the next verdict
  await page.keyboard.press('ArrowDown')
  await expect(proposed).toHaveValue('ACCURATE_WITH_CAVEATS')
  await tabTo(page, review.getByRole('button', { name: 'Propose', exact: true }))
  await page.keyboard.press('Enter')
  await expect(review.getByTestId('claim-verdict')).toHaveText('Proposed: Accurate with caveats')

  // c: the claim's comment box; Ctrl+Enter posts
  const commentBox = page.getByLabel('Comment on this claim')
  await page.keyboard.press('c')
  await expect(commentBox).toBeFocused()
  await page.keyboard.type('Checked by keyboard only.')
  await page.keyboard.press('Control+Enter')
  await expect(panel).toContainText('Checked by keyboard only.')

  await expect(items.first()).toHaveAttribute('aria-current', 'true')
})
