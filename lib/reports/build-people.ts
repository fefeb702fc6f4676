// How people are named in a report. A report may be shared publicly, so an email
// address is never printed whole: a member without a name appears by its local part.
export interface Person {
  name: string | null
  email: string
}

export function personName(person: Person | null | undefined): string | null {
  if (!person) return null
  return person.name?.trim() || person.email.split('@')[0] || 'member'
}

export const USER_NAME = { select: { name: true, email: true } } as const
