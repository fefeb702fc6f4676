import { describe, expect, it } from 'vitest'
import { isPublicUrlSet, publicBaseUrl } from '@/lib/http/public-url'

describe('publicBaseUrl', () => {
  it('prefers PUBLIC_URL, then NEXTAUTH_URL, without a trailing slash', () => {
    expect(publicBaseUrl({ PUBLIC_URL: 'https://check.example.org/', NEXTAUTH_URL: 'http://other' })).toBe('https://check.example.org')
    expect(publicBaseUrl({ NEXTAUTH_URL: 'https://auth.example.org//' })).toBe('https://auth.example.org')
  })

  it('falls back to localhost on PORT, and says the public URL is not set', () => {
    const env = { PORT: '4100' }
    expect(publicBaseUrl(env)).toBe('http://localhost:4100')
    expect(isPublicUrlSet(env)).toBe(false)
    expect(isPublicUrlSet({ NEXTAUTH_URL: 'http://localhost:3000' })).toBe(false)
    expect(isPublicUrlSet({ NEXTAUTH_URL: 'https://a.example' })).toBe(true)
  })
})
