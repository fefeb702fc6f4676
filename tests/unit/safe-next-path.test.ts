import { describe, expect, it } from 'vitest'
import { safeNextPath } from '@/lib/http/safe-next-path'

describe('safeNextPath', () => {
  it('keeps same-site paths', () => {
    expect(safeNextPath('/w/abc/members?x=1')).toBe('/w/abc/members?x=1')
  })

  it('refuses anything that could leave the site', () => {
    for (const next of [undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNextPath(next)).toBe('/')
    }
  })
})
