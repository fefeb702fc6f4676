// The S3 blob store against an S3-protocol server on loopback (s3rver), through the
// same interface the Postgres store answers to.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blobKeyFor, blobStore, sha256Hex } from '@/lib/snapshots/blob-store'
import { s3ConfigFrom } from '@/lib/snapshots/s3-blob-store'

let server: S3rver
let directory: string

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'claimtrack-s3-'))
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'snapshots', configs: [] }] })
  const { port } = await server.run()
  process.env.S3_URL = `http://S3RVER:S3RVER@127.0.0.1:${port}/snapshots`
})
afterAll(async () => {
  delete process.env.S3_URL
  await server.close()
  await rm(directory, { recursive: true, force: true })
})

describe('the S3 blob store', () => {
  it('keeps and returns bytes under their content address, and answers null for a missing key', async () => {
    const store = blobStore()
    expect(store.kind).toBe('s3')
    const bytes = new TextEncoder().encode('%PDF-1.7 a statistical release')
    const key = blobKeyFor('workspace-a', sha256Hex(bytes))
    await store.put(key, bytes)
    expect(Buffer.from((await store.get(key))!).toString()).toBe('%PDF-1.7 a statistical release')
    expect(await store.get(blobKeyFor('workspace-b', sha256Hex(bytes)))).toBeNull()
  })

  it('reads its settings from one URL and refuses one without a bucket or credentials', () => {
    expect(s3ConfigFrom('https://KEY:se%2Fcret@s3.example.com/bucket?region=eu-west-1')).toEqual({ endpoint: 'https://s3.example.com', bucket: 'bucket', region: 'eu-west-1', accessKeyId: 'KEY', secretAccessKey: 'se/cret' })
    expect(() => s3ConfigFrom('https://s3.example.com/bucket')).toThrow(/credentials/)
    expect(() => s3ConfigFrom('https://KEY:SECRET@s3.example.com/')).toThrow(/bucket/)
  })
})
