// Words for a source's type and reliability, shared by the library and the evidence list.
import type { SourceType } from '@/lib/db/generated/enums'

export const SOURCE_TYPES = ['OFFICIAL_STATISTICS', 'PRIMARY_DATA', 'PEER_REVIEWED', 'REPORT', 'NEWS', 'OTHER'] as const satisfies readonly SourceType[]

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  OFFICIAL_STATISTICS: 'Official statistics',
  PRIMARY_DATA: 'Primary data',
  PEER_REVIEWED: 'Peer-reviewed',
  REPORT: 'Report',
  NEWS: 'News',
  OTHER: 'Other',
}

// 1 (unreliable) – 5 (authoritative), as the schema defines it.
export const RELIABILITY_LABELS: Record<number, string> = {
  1: '1 · unreliable',
  2: '2 · doubtful',
  3: '3 · fair',
  4: '4 · reliable',
  5: '5 · authoritative',
}

export function reliabilityLabel(reliability: number | null): string {
  return reliability == null ? 'not rated' : (RELIABILITY_LABELS[reliability] ?? String(reliability))
}
