import type { SourceSnapshot } from '@/lib/db/generated/client'

// A snapshot as lists and the API show it: everything but the text and the bytes.
export interface SnapshotSummary {
  id: string
  sourceId: string
  number: number
  origin: 'FETCH' | 'UPLOAD'
  status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED'
  requestedUrl: string | null
  finalUrl: string | null
  httpStatus: number | null
  contentType: string | null
  fileName: string | null
  format: string | null
  byteSize: number | null
  sha256: string | null
  textSha256: string | null
  failureReason: string | null
  title: string | null
  pageCount: number | null
  createdAt: string
  fetchedAt: string | null
  finishedAt: string | null
}

// The structure of a snapshot's text: offsets into `text`, the page for PDFs.
export interface SnapshotBlock {
  kind: string
  level?: number
  start: number
  end: number
  page?: number
}

export interface SnapshotReading extends SnapshotSummary {
  text: string
  blocks: SnapshotBlock[]
}

export function toSnapshotSummary(snapshot: Omit<SourceSnapshot, 'text' | 'blocks'>): SnapshotSummary {
  return {
    id: snapshot.id,
    sourceId: snapshot.sourceId,
    number: snapshot.number,
    origin: snapshot.origin,
    status: snapshot.status,
    requestedUrl: snapshot.requestedUrl,
    finalUrl: snapshot.finalUrl,
    httpStatus: snapshot.httpStatus,
    contentType: snapshot.contentType,
    fileName: snapshot.fileName,
    format: snapshot.format,
    byteSize: snapshot.byteSize,
    sha256: snapshot.sha256,
    textSha256: snapshot.textSha256,
    failureReason: snapshot.failureReason,
    title: snapshot.title,
    pageCount: snapshot.pageCount,
    createdAt: snapshot.createdAt.toISOString(),
    fetchedAt: snapshot.fetchedAt?.toISOString() ?? null,
    finishedAt: snapshot.finishedAt?.toISOString() ?? null,
  }
}

export function toSnapshotReading(snapshot: SourceSnapshot): SnapshotReading {
  return { ...toSnapshotSummary(snapshot), text: snapshot.text ?? '', blocks: (snapshot.blocks as SnapshotBlock[] | null) ?? [] }
}

// Summaries are read without the text column: it can be megabytes per snapshot.
export const SUMMARY_COLUMNS = {
  id: true, workspaceId: true, sourceId: true, number: true, origin: true, status: true, attempts: true, requestedUrl: true, finalUrl: true, httpStatus: true,
  contentType: true, fileName: true, format: true, byteSize: true, sha256: true, textSha256: true, blobKey: true, failureReason: true, title: true,
  pageCount: true, requestedById: true, createdAt: true, fetchedAt: true, finishedAt: true,
} as const
