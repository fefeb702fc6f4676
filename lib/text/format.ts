// Dates shown to people: day precision, in UTC so server and browser agree.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return ''
  return DATE.format(typeof date === 'string' ? new Date(date) : date)
}
