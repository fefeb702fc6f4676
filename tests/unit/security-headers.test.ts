import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, createNonce, isHttpsRequest, securityHeaders } from '@/lib/http/security-headers'

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources.join(' ')]))
}

const page = { kind: 'nonce', nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=', isHttps: false, isDevelopment: false } as const

describe('securityHeaders', () => {
  it('sends the fixed headers on every kind of response', () => {
    for (const kind of ['nonce', 'static', 'api'] as const) {
      const headers = securityHeaders({ ...page, kind })
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['X-Frame-Options']).toBe('DENY')
      expect(headers['Permissions-Policy']).toContain('camera=()')
      expect(headers['Permissions-Policy']).toContain('microphone=()')
      expect(headers['Permissions-Policy']).toContain('geolocation=()')
      expect(directives(headers['Content-Security-Policy']!).get('frame-ancestors')).toBe("'none'")
    }
  })

  it('sends HSTS only over https', () => {
    expect(securityHeaders(page)['Strict-Transport-Security']).toBeUndefined()
    expect(securityHeaders({ ...page, isHttps: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
  })
})

describe('contentSecurityPolicy', () => {
  it('lets a rendered page run only scripts with its nonce, and what they load', () => {
    const policy = directives(contentSecurityPolicy(page))
    expect(policy.get('script-src')).toBe(`'nonce-${page.nonce}' 'strict-dynamic'`)
    expect(policy.get('script-src-attr')).toBe("'none'")
    expect(policy.get('object-src')).toBe("'none'")
    expect(policy.get('base-uri')).toBe("'self'")
    expect(policy.get('form-action')).toBe("'self'")
    expect(policy.get('connect-src')).toBe("'self'")
    expect(policy.get('default-src')).toBe("'self'")
  })

  it('never allows eval in production, only in development', () => {
    for (const kind of ['nonce', 'static'] as const) {
      expect(contentSecurityPolicy({ ...page, kind })).not.toContain('unsafe-eval')
      expect(directives(contentSecurityPolicy({ ...page, kind, isDevelopment: true })).get('script-src')).toContain("'unsafe-eval'")
    }
  })

  it('keeps the static document page to this origin, with no inline handlers', () => {
    const policy = directives(contentSecurityPolicy({ ...page, kind: 'static', nonce: undefined }))
    expect(policy.get('script-src')).toBe("'self' 'unsafe-inline'")
    expect(policy.get('script-src-attr')).toBe("'none'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
    expect(policy.get('object-src')).toBe("'none'")
  })

  it('lets API responses load and run nothing', () => {
    const policy = directives(contentSecurityPolicy({ ...page, kind: 'api', nonce: undefined }))
    expect(policy.get('default-src')).toBe("'none'")
    expect(policy.has('script-src')).toBe(false)
  })

  it('upgrades insecure requests only over https', () => {
    expect(contentSecurityPolicy(page)).not.toContain('upgrade-insecure-requests')
    expect(contentSecurityPolicy({ ...page, isHttps: true })).toContain('upgrade-insecure-requests')
  })

  it('refuses a page policy without a well-formed nonce', () => {
    expect(() => contentSecurityPolicy({ ...page, nonce: undefined })).toThrow()
    expect(() => contentSecurityPolicy({ ...page, nonce: "x'; script-src *" })).toThrow()
  })
})

describe('createNonce', () => {
  it('makes 128-bit base64 nonces that differ every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})

describe('isHttpsRequest', () => {
  it('believes the forwarding proxy first, then the request itself', () => {
    expect(isHttpsRequest({ protocol: 'http:', forwardedProto: 'https' })).toBe(true)
    expect(isHttpsRequest({ protocol: 'http:', forwardedProto: 'HTTPS, http' })).toBe(true)
    expect(isHttpsRequest({ protocol: 'https:', forwardedProto: 'http' })).toBe(false)
    expect(isHttpsRequest({ protocol: 'https:', forwardedProto: null })).toBe(true)
    expect(isHttpsRequest({ protocol: 'http:', forwardedProto: null })).toBe(false)
  })
})
