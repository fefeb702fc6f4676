import type { SearchType } from '@/lib/search/schemas'

export const TYPE_LABELS: Record<SearchType, { one: string; many: string }> = {
  claim: { one: 'Claim', many: 'Claims' },
  document: { one: 'Document', many: 'Documents' },
  source: { one: 'Source', many: 'Sources' },
  evidence: { one: 'Evidence', many: 'Evidence' },
  comment: { one: 'Comment', many: 'Comments' },
}
