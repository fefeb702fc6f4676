// axe-core against WCAG 2.1 A and AA, with no rule disabled and no element excluded.
// Shared by the end-to-end scans (accessibility.spec.ts) and the database-outage smoke test.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// One line per violating element, so a failure reads as a to-do list.
export async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ')}`),
  )
}
