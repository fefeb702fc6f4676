import 'server-only'
import { allowedPrivateHosts } from '@/lib/documents/prepare-import'
import { fetchPage } from '@/lib/import/fetch-page'
import { resolveWithDns, type HostResolver } from '@/lib/import/guarded-request'
import { sniffFormat } from '@/lib/import/import-url'
import type { ImportFormat } from '@/lib/import/types'
import { maxSnapshotBytes } from './snapshot-limits'

// A 25 MB report on a slow government server takes longer than an article page.
const SNAPSHOT_TIMEOUT_MS = 30_000

export interface FetchedSource {
  finalUrl: string
  httpStatus: number
  contentType: string | null
  charset?: string
  format: ImportFormat
  bytes: Uint8Array
}

// The source's URL fetched with the import's guards: public addresses only (checked
// on every redirect hop), a size cap on the decoded body, one timeout for all of it.
// Refusals throw the import's AppErrors (their details carry the HTTP status).
export async function fetchSource(url: string, resolveHost: HostResolver = resolveWithDns): Promise<FetchedSource> {
  const page = await fetchPage(new URL(url), { allowPrivateHosts: allowedPrivateHosts(), timeoutMs: SNAPSHOT_TIMEOUT_MS, maxBytes: maxSnapshotBytes(), resolveHost })
  return {
    finalUrl: page.url.href,
    httpStatus: page.status,
    contentType: page.contentType ?? null,
    charset: page.charset,
    format: page.format ?? sniffFormat(page.body),
    bytes: page.body,
  }
}
