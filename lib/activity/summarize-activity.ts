// Human wording of activity events: a phrase that follows the actor's name
// ("Ada re-typed a claim"), and a compact before → after diff. Pure: no I/O.

export interface ActivityChange {
  field: string
  before: string | null
  after: string | null
}

type Json = Record<string, unknown> | null | undefined

const PHRASES: Record<string, string> = {
  'claim.created': 'added a claim',
  'claim.retyped': 're-typed a claim',
  'claim.dismissed': 'dismissed a claim',
  'claim.restored': 'restored a dismissed claim',
  'claim.merged': 'merged claims',
  'claim.split': 'split a claim',
  'claim.textChanged': 'changed the text of a claim',
  'claim.textChangeAcknowledged': 'acknowledged a changed claim text',
  'claim.orphaned': 'orphaned a claim: its words are gone from the text',
  'claim.reattached': 're-attached an orphaned claim',
  'claim.assigned': 'assigned a claim',
  'claim.unassigned': 'unassigned a claim',
  'claim.statusChanged': 'changed the status of a claim',
  'claim.verdictSet': 'set the final verdict of a claim',
  'claim.verified': 'verified a claim',
  'document.created': 'created the document',
  'document.edited': 'edited the text',
  'document.archived': 'archived the document',
  'comment.created': 'commented',
  'comment.replied': 'replied to a comment',
  'comment.edited': 'edited a comment',
  'comment.deleted': 'deleted a comment',
  'comment.resolved': 'resolved a thread',
  'comment.reopened': 'reopened a thread',
  'evidence.added': 'added evidence',
  'prior_check.dismissed': 'dismissed an earlier check as not the same claim',
  'prior_check.reused': 'reused the verdict of an earlier check',
  'external_checks.imported': 'imported external checks (ClaimReview)',
  'external_check.deleted': 'deleted an external check',
  'evidence.created': 'added evidence',
  'evidence.updated': 'updated evidence',
  'evidence.removed': 'removed evidence',
  'evidence.quote_located': 'located the quote in the archived source',
  'source.created': 'added a source',
  'source.updated': 'updated a source',
  'source.retracted': 'marked a source retracted',
  'source.deleted': 'deleted a source',
  'rating.created': 'rated a claim',
  'rating.changed': 'changed their rating',
  'rating.updated': 'changed their rating',
  'member.added': 'added a member',
  'member.invited': 'invited a member',
  'member.removed': 'removed a member',
  'member.roleChanged': "changed a member's role",
}

// Families not listed above still read sensibly: "claim.statusX" → status change, etc.
const FAMILIES: [prefix: string, phrase: string][] = [
  ['claim.status', 'changed the status of a claim'],
  ['claim.verdict', 'changed the verdict of a claim'],
  ['rating.', 'rated a claim'],
  ['comment.', 'changed a comment'],
  ['evidence.', 'changed evidence'],
  ['source.', 'changed a source'],
  ['member.', 'changed the members'],
  ['claim.', 'changed a claim'],
  ['document.', 'changed the document'],
]

export function summarizeActivity(action: string, before?: Json, after?: Json): string {
  const phrase = PHRASES[action] ?? FAMILIES.find(([prefix]) => action.startsWith(prefix))?.[1] ?? `did “${action}”`
  const detail = detailOf(action, before, after)
  return detail ? `${phrase} (${detail})` : phrase
}

function detailOf(action: string, before: Json, after: Json): string | null {
  if (action === 'claim.retyped') return arrow(before?.kind, after?.kind, lowerWords)
  if (action.startsWith('claim.status')) return arrow(before?.status, after?.status, lowerWords)
  if (action.startsWith('rating.') && after?.verdict) return lowerWords(after.verdict)
  if (action === 'member.roleChanged') return arrow(before?.role, after?.role, lowerWords)
  return null
}

function arrow(from: unknown, to: unknown, format: (value: unknown) => string): string | null {
  if (to == null) return null
  return from == null ? format(to) : `${format(from)} → ${format(to)}`
}

function lowerWords(value: unknown): string {
  return String(value).toLowerCase().replaceAll('_', ' ')
}

const MAX_VALUE_CHARS = 80

// Fields whose value changed, each value shortened to one readable line.
export function diffActivity(before: Json, after: Json): ActivityChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  const changes: ActivityChange[] = []
  for (const field of fields) {
    const from = before?.[field]
    const to = after?.[field]
    if (JSON.stringify(from) === JSON.stringify(to)) continue
    changes.push({ field, before: compact(from), after: compact(to) })
  }
  return changes
}

function compact(value: unknown): string | null {
  if (value === undefined || value === null) return null
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text
}
