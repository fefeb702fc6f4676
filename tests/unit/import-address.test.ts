import { describe, expect, it } from 'vitest'
import { isAllowlisted, isIpLiteral, isPublicAddress, normalizeHost } from '@/lib/import/safe-address'

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '255.255.255.255', '224.0.0.1', '239.255.255.250', '192.0.2.10', '198.18.0.1', '240.0.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', 'fec0::1', '2001:db8::1', '100::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::7f00:1', '64:ff9b::a00:1',
    '::7f00:1', '2002:7f00:1::1', '2001::1', 'not an address', '',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })
})

describe('the URL parser undoes decimal, hex, octal and short IP tricks before the check', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[0:0:0:0:0:0:0:1]/', '[::1]'],
  ])('%s is %s', (url, host) => {
    const { hostname } = new URL(url)
    expect(hostname).toBe(host)
    expect(isIpLiteral(hostname)).toBe(true)
    expect(isPublicAddress(hostname.replace(/^\[(.*)\]$/, '$1'))).toBe(false)
  })
})

describe('allowlist', () => {
  it('matches host names and IP addresses in their normal form', () => {
    expect(normalizeHost('[0:0:0:0:0:0:0:1]')).toBe('::1')
    expect(normalizeHost('LocalHost.')).toBe('localhost')
    expect(isAllowlisted('[::1]', ['::1'])).toBe(true)
    expect(isAllowlisted('localhost', [' 127.0.0.1 ', 'LOCALHOST'])).toBe(true)
    expect(isAllowlisted('127.0.0.1', ['localhost'])).toBe(false)
    expect(isAllowlisted('anything', ['', ' '])).toBe(false)
    expect(isAllowlisted('evil.example', [])).toBe(false)
  })
})
