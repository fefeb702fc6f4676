// How a revision came about, in words: imports name no earlier revision.
export function describeRevisionSource(revision: { source: string; baseNumber: number | null }): string {
  if (revision.source === 'edit') return revision.baseNumber ? `edited from revision ${revision.baseNumber}` : 'edited'
  return 'imported'
}

export function personName(person: { name: string | null; email: string }): string {
  return person.name ?? person.email
}
