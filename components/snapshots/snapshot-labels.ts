import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'

export const STATUS_LABELS: Record<SnapshotSummary['status'], string> = {
  PENDING: 'Waiting',
  RUNNING: 'Fetching',
  DONE: 'Ready',
  FAILED: 'Failed',
}

export const STATUS_TONES: Record<SnapshotSummary['status'], string> = {
  PENDING: 'bg-sky-100 text-sky-900',
  RUNNING: 'bg-sky-100 text-sky-900',
  DONE: 'bg-emerald-100 text-emerald-900',
  FAILED: 'bg-red-100 text-red-800',
}

export function isSnapshotOpen(snapshot: Pick<SnapshotSummary, 'status'>): boolean {
  return snapshot.status === 'PENDING' || snapshot.status === 'RUNNING'
}

// Times to the minute, in UTC so server and browser agree.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' })

export function formatDateTime(iso: string | null): string {
  return iso ? DATE_TIME.format(new Date(iso)) : ''
}

export function formatSize(bytes: number | null): string {
  if (bytes == null) return ''
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}

// How the snapshot came: "Fetched" or "Uploaded report.pdf".
export function originLabel(snapshot: Pick<SnapshotSummary, 'origin' | 'fileName' | 'status'>): string {
  if (snapshot.origin === 'UPLOAD') return `Uploaded ${snapshot.fileName ?? 'file'}`
  return snapshot.status === 'DONE' ? 'Fetched' : 'Fetch asked'
}

// The reader's URL for a snapshot, optionally with a quote to highlight.
export function snapshotHref(sourcePath: string, number: number, at?: { start: number; end: number }): string {
  return `${sourcePath}?snapshot=${number}${at ? `&at=${at.start}-${at.end}` : ''}`
}
