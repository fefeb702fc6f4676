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
