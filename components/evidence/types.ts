import type { EvidenceView } from '@/lib/evidence/evidence-view'

// EvidenceView as it arrives over JSON: dates are ISO strings.
export type EvidenceItemData = Omit<EvidenceView, 'createdAt' | 'source'> & {
  createdAt: string
  // archiveUrl is shown when the API includes it.
  source: Omit<EvidenceView['source'], 'retractedAt'> & { retractedAt: string | null; archiveUrl?: string | null }
}

export interface ClaimQuantityOption {
  position: number
  text: string
  label: string
}

export const STANCES = ['SUPPORTS', 'CONTRADICTS', 'CONTEXT'] as const satisfies readonly EvidenceView['stance'][]

export const STANCE_LABELS: Record<EvidenceView['stance'], { heading: string; option: string }> = {
  SUPPORTS: { heading: 'Supports', option: 'Supports the claim' },
  CONTRADICTS: { heading: 'Contradicts', option: 'Contradicts the claim' },
  CONTEXT: { heading: 'Context', option: 'Context only' },
}
