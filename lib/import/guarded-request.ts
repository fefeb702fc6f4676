import { lookup as dnsLookup } from 'node:dns/promises'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { privateAddressError } from './fetch-errors'
import { isAllowlisted, isIpLiteral, isPublicAddress } from './safe-address'

export interface ResolvedAddress {
  address: string
  family: number
}
// Host name → its addresses, as dns.lookup({ all: true }) gives them.
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>

export const resolveWithDns: HostResolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true })

export interface HopOptions {
  allowPrivateHosts: readonly string[]
  resolveHost: HostResolver
  signal: AbortSignal
  isRedirect: boolean // only changes the wording of a refusal
}

const HEADERS = {
  'user-agent': 'Mozilla/5.0 (compatible; Claimtrack/0.1; article import for fact-checking)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8,*/*;q=0.1',
  'accept-encoding': 'gzip, deflate, br',
}

// One GET, without following redirects. The address is checked where the socket is
// opened: an IP literal before connecting (Node does no lookup for one), a name inside
// the lookup Node calls to connect, so the address checked is the address used and a
// name that resolves differently the second time (DNS rebinding) gains nothing.
export function requestOnce(url: URL, options: HopOptions): Promise<IncomingMessage> {
  const isAllowed = isAllowlisted(url.hostname, options.allowPrivateHosts)
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  if (!isAllowed && isIpLiteral(host) && !isPublicAddress(host)) {
    return Promise.reject(privateAddressError(host, host, options.isRedirect))
  }
  const transport = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method: 'GET',
      agent: false, // no pooled socket: every connection goes through the check
      headers: HEADERS,
      signal: options.signal,
      lookup: guardedLookup(isAllowed, options),
    })
    request.once('response', resolve)
    request.once('error', reject)
    request.end()
  })
}

function guardedLookup(isAllowed: boolean, options: HopOptions): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    options.resolveHost(hostname).then(
      (addresses) => {
        const refused = isAllowed ? undefined : addresses.find((candidate) => !isPublicAddress(candidate.address))
        if (refused) return callback(privateAddressError(hostname, refused.address, options.isRedirect), '')
        const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0
        const usable = addresses.filter((candidate) => family === 0 || candidate.family === family)
        const first = usable[0]
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '')
        if (lookupOptions.all) callback(null, usable)
        else callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    )
  }
}
