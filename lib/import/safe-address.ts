import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

// Which addresses a server-side fetch may connect to: public unicast only. Everything
// else (loopback, private, link-local with the cloud metadata service, unique-local,
// multicast, unspecified, carrier-grade NAT, documentation and reserved ranges) could
// reach something inside our own network. Addresses that embed an IPv4 address
// (IPv4-mapped, NAT64) are judged by the IPv4 address inside.

// 2000::/3 is the only IPv6 space allocated for global unicast.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parse('2000::')

export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6
  try {
    parsed = ipaddr.parse(address)
  } catch {
    return false
  }
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast'
  const v6 = parsed as ipaddr.IPv6
  const embedded = embeddedIPv4(v6)
  if (embedded) return embedded.range() === 'unicast'
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST_V6, 3)
}

function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (address.isIPv4MappedAddress()) return address.toIPv4Address()
  if (address.range() === 'rfc6052') {
    const bytes = address.toByteArray()
    return new ipaddr.IPv4(bytes.slice(12))
  }
  return null
}

// A URL's host as compared with the allowlist: lower case, without IPv6 brackets or
// a trailing dot, and an IP address in its one normal form ("0:0::1" is "::1").
export function normalizeHost(host: string): string {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '')
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toString() : bare
}

// The allowlist names hosts (CLAIMTRACK_IMPORT_ALLOW_HOSTS="127.0.0.1,localhost"):
// a URL whose host is listed may reach a private address; nothing else may, not even
// another name that happens to resolve to a listed address.
export function isAllowlisted(host: string, allowlist: readonly string[]): boolean {
  const normalized = normalizeHost(host)
  return allowlist.some((entry) => entry.trim() !== '' && normalizeHost(entry) === normalized)
}

// Judged as Node judges it: for an IP literal, Node connects without any lookup.
export function isIpLiteral(host: string): boolean {
  return isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 0
}
