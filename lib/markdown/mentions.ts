// Mentions are written `@` + a member's email: `@ana@example.org`. Emails never contain
// spaces, so the mention ends at the first character an email cannot hold; a trailing
// full stop is punctuation, not part of the domain.
export const MENTION_PATTERN = /@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g

export interface MentionableMember {
  id: string
  email: string
}

// The emails mentioned in a body, lower-cased, in order, once each. Code spans are
// skipped: `@x@y.z` there is an example, not a call for someone's attention.
export function mentionedEmails(body: string): string[] {
  const withoutCode = body.replace(/`[^`\n]*`/g, ' ')
  const emails: string[] = []
  for (const match of withoutCode.matchAll(MENTION_PATTERN)) {
    const before = match.index === 0 ? '' : withoutCode[match.index - 1]!
    // `x@ana@example.org` is text, not a mention
    if (/[A-Za-z0-9._%+-]/.test(before)) continue
    const email = match[1]!.toLowerCase()
    if (!emails.includes(email)) emails.push(email)
  }
  return emails
}

// The user ids of the workspace members a body mentions. Unknown emails stay plain text.
export function parseMentions(body: string, members: readonly MentionableMember[]): string[] {
  const byEmail = new Map(members.map((member) => [member.email.toLowerCase(), member.id]))
  const ids: string[] = []
  for (const email of mentionedEmails(body)) {
    const id = byEmail.get(email)
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

export interface MentionCandidate {
  id: string
  name: string | null
  email: string
}

// The mention being typed just before the caret: `@` + letters, at a word start.
// Returns where its `@` is and what follows it, or null when the caret is elsewhere.
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|[^A-Za-z0-9._%+-])@([A-Za-z0-9._%+-]*)$/.exec(text.slice(0, caret))
  if (!match) return null
  return { start: caret - match[2]!.length - 1, query: match[2]! }
}

// Members whose name or email matches what was typed, those starting with it first.
export function matchMembers<T extends MentionCandidate>(members: readonly T[], query: string, limit = 6): T[] {
  const needle = query.toLowerCase()
  const scored = members.flatMap((member) => {
    const name = (member.name ?? '').toLowerCase()
    const email = member.email.toLowerCase()
    if (name.startsWith(needle) || email.startsWith(needle) || name.split(/\s+/).some((word) => word.startsWith(needle))) return [{ member, rank: 0 }]
    if (name.includes(needle) || email.includes(needle)) return [{ member, rank: 1 }]
    return []
  })
  return scored.sort((a, b) => a.rank - b.rank).slice(0, limit).map((entry) => entry.member)
}

// The text with the typed mention replaced by `@email `, and where the caret goes.
export function insertMention(text: string, mention: { start: number; query: string }, email: string): { text: string; caret: number } {
  const inserted = `@${email} `
  const end = mention.start + 1 + mention.query.length
  return { text: text.slice(0, mention.start) + inserted + text.slice(end).replace(/^ /, ''), caret: mention.start + inserted.length }
}
