import 'server-only'
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { BlobStore } from './blob-store'

export interface S3Config {
  endpoint: string
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
}

// S3_URL=https://ACCESS_KEY:SECRET@s3.example.com/bucket?region=eu-west-1 — one
// setting for any S3-compatible store (AWS, MinIO, R2, Ceph); path-style addressing,
// which all of them accept. The credentials are read here and never logged.
export function s3ConfigFrom(s3Url: string): S3Config {
  let url: URL
  try {
    url = new URL(s3Url)
  } catch {
    throw new Error('S3_URL is not a valid URL: expected https://ACCESS_KEY:SECRET@host/bucket')
  }
  const bucket = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''))
  if (!/^https?:$/.test(url.protocol) || !bucket || bucket.includes('/') || !url.username || !url.password) {
    throw new Error('S3_URL must look like https://ACCESS_KEY:SECRET@host/bucket (one bucket, credentials included)')
  }
  return {
    endpoint: `${url.protocol}//${url.host}`,
    bucket,
    region: url.searchParams.get('region') ?? 'us-east-1',
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  }
}

export function s3BlobStore(config: S3Config): BlobStore {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  })
  return {
    kind: 's3',
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: bytes, ContentType: 'application/octet-stream' }))
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }))
        return object.Body ? await object.Body.transformToByteArray() : null
      } catch (error) {
        if (error instanceof NoSuchKey) return null
        throw error
      }
    },
  }
}
