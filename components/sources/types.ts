import type { SourceType } from '@/lib/db/generated/enums'

// A library source as the page and the API hand it over (dates may arrive as strings).
export interface SourceSummary {
  id: string
  // Null for a source that is only an uploaded file.
  url: string | null
  title: string
  publisher: string | null
  author: string | null
  publishedAt: Date | string | null
  accessedAt: Date | string | null
  archiveUrl: string | null
  type: SourceType
  reliability: number | null
  reliabilityNote: string | null
  retractedAt: Date | string | null
  retractionNote: string | null
  version: number
  // Present in the library listing (GET /sources), not in a create answer.
  evidenceCount?: number
  isRetracted?: boolean
}

export function isSourceRetracted(source: Pick<SourceSummary, 'retractedAt'>): boolean {
  return source.retractedAt != null
}
