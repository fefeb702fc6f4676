import { describe, expect, it } from 'vitest'
import { withoutMentionEmails } from '@/lib/reports/build-claims'

describe('comment bodies in a report', () => {
  it('name mentioned members without their email domain', () => {
    expect(withoutMentionEmails('Ask @ana.lopez@example.org and @bo@news.example.co.uk, please.')).toBe('Ask @ana.lopez and @bo, please.')
  })
})
