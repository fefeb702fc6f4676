import 'server-only'
import { createHash } from 'node:crypto'
import { getDb } from '@/lib/db/client'
import { s3BlobStore, s3ConfigFrom } from './s3-blob-store'

// Where the raw bytes of snapshots live: out of the rows that pages load. A bytea
// table in the app's own Postgres by default (so the embedded database needs nothing
// more), an S3-compatible bucket when S3_URL is set. Keys are content addresses per
// workspace, so the same file archived twice is stored once and no key is shared
// between workspaces.
export interface BlobStore {
  readonly kind: 'postgres' | 's3'
  put(key: string, bytes: Uint8Array): Promise<void>
  get(key: string): Promise<Uint8Array | null>
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function blobKeyFor(workspaceId: string, sha256: string): string {
  return `${workspaceId}/${sha256}`
}

const postgresBlobStore: BlobStore = {
  kind: 'postgres',
  async put(key, bytes) {
    const workspaceId = key.split('/', 1)[0]!
    // Same key, same bytes (a content address): a second put has nothing to change.
    await getDb().snapshotBlob.upsert({ where: { key }, create: { key, workspaceId, bytes: Buffer.from(bytes) }, update: {} })
  },
  async get(key) {
    const blob = await getDb().snapshotBlob.findUnique({ where: { key }, select: { bytes: true } })
    return blob ? new Uint8Array(blob.bytes) : null
  },
}

let s3Store: { url: string; store: BlobStore } | undefined

export function blobStore(): BlobStore {
  const url = process.env.S3_URL?.trim()
  if (!url) return postgresBlobStore
  if (s3Store?.url !== url) s3Store = { url, store: s3BlobStore(s3ConfigFrom(url)) }
  return s3Store.store
}
