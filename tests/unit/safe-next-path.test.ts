import { describe, expect, it } from 'vitest'
import { safeNextPath } from '@/lib/http/safe-next-path'

describe('safeNextPath', () => {
  it('keeps same-site paths with their query and fragment', () => {
    expect(safeNextPath('/w/abc/members?x=1')).toBe('/w/abc/members?x=1')
    expect(safeNextPath('/w/abc/documents/d1?claim=c2#top')).toBe('/w/abc/documents/d1?claim=c2#top')
    expect(safeNextPath('/')).toBe('/')
  })

  it('returns the normalized path the browser would request', () => {
    expect(safeNextPath('/w/abc/../def')).toBe('/w/def')
  })

  it.each([
    undefined,
    null,
    '',
    'w/abc',
    'https://evil.example',
    'http://evil.example/path',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%0D/evil.example',
    '/%00/evil.example',
    '/%5cevil.example',
    '/%5Cevil.example',
    '/%2f/evil.example',
    '/%2F%2Fevil.example',
    '/w/abc\u0000',
    '/w/%E0%A4%A', // a malformed escape
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (next) => {
    expect(safeNextPath(next)).toBe('/')
  })
})
