// The client's IP for per-IP limits.
//
// Next 16 gives route handlers no socket address (request.ip is gone). `next start` puts
// the socket address in X-Forwarded-For, but only when the request has no such header, so
// a client talking to Next directly can write its own.
// - TRUST_PROXY=<n> (1 for one reverse proxy): the app is reachable only through n proxies
//   that each append the address they saw. The n-th entry from the right is then the client
//   as the outermost proxy saw it; entries to its left are whatever the client sent, so
//   they are never used: rotating them does not move the key.
// - TRUST_PROXY unset: the last entry, which is the socket address for a request that
//   brought no header. A direct client that forges the header can choose its per-IP key;
//   per-account limits do not depend on the IP. Put the app behind a proxy and set
//   TRUST_PROXY for per-IP limits that hold.
const MAX_LENGTH = 64

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUST_PROXY?.trim()
  if (!value || value === '0' || value === 'false') return 0
  if (value === 'true') return 1
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 1) throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (e.g. 1), got "${value}"`)
  return hops
}

export function clientIp(headers: Headers, env: Record<string, string | undefined> = process.env): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  const hops = trustedProxyHops(env)
  // Fewer entries than proxies: the request skipped a proxy; its leftmost entry is all we have.
  const index = hops === 0 ? entries.length - 1 : Math.max(0, entries.length - hops)
  return normalizeIp(entries[index]!)
}

// One key per address however it is spelled: IPv4-mapped IPv6 is the IPv4 address.
function normalizeIp(ip: string): string {
  const lower = ip.toLowerCase().slice(0, MAX_LENGTH)
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice('::ffff:'.length) : lower
}
