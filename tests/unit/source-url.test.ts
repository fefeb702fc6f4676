import { describe, expect, it } from 'vitest'
import { normalizeSourceUrl } from '@/lib/sources/normalize-url'

describe('normalizeSourceUrl', () => {
  it('lower-cases scheme and host but keeps the case of the path', () => {
    expect(normalizeSourceUrl('HTTPS://Stats.Example.ORG/Reports/Trade-2024')).toBe('https://stats.example.org/Reports/Trade-2024')
  })

  it('drops default ports and keeps others', () => {
    expect(normalizeSourceUrl('http://example.org:80/a')).toBe('http://example.org/a')
    expect(normalizeSourceUrl('https://example.org:443/a')).toBe('https://example.org/a')
    expect(normalizeSourceUrl('https://example.org:8443/a')).toBe('https://example.org:8443/a')
  })

  it('drops the fragment and tracking parameters, and sorts the rest', () => {
    expect(normalizeSourceUrl('https://example.org/r?utm_source=x&b=2&fbclid=y&a=1&gclid=z&UTM_Medium=m#table-3')).toBe('https://example.org/r?a=1&b=2')
    expect(normalizeSourceUrl('https://example.org/r?utm_campaign=x#top')).toBe('https://example.org/r')
  })

  it('drops a trailing slash of the path, but not the root', () => {
    expect(normalizeSourceUrl('https://example.org/reports/')).toBe('https://example.org/reports')
    expect(normalizeSourceUrl('https://example.org/')).toBe('https://example.org/')
    expect(normalizeSourceUrl('https://example.org')).toBe('https://example.org/')
  })

  it('gives one key for links that differ only in those ways', () => {
    const variants = [
      'https://WWW.example.org/Data/?b=2&a=1',
      'https://www.example.org:443/Data?a=1&b=2&utm_source=newsletter',
      'HTTPS://www.EXAMPLE.org/Data?a=1&b=2#section',
    ]
    expect(new Set(variants.map(normalizeSourceUrl))).toEqual(new Set(['https://www.example.org/Data?a=1&b=2']))
    expect(normalizeSourceUrl('https://example.org/data')).not.toBe(normalizeSourceUrl('https://example.org/Data'))
  })

  it('keeps repeated parameters, in a stable order', () => {
    expect(normalizeSourceUrl('https://example.org/s?tag=b&tag=a&q=x')).toBe('https://example.org/s?q=x&tag=a&tag=b')
  })
})
