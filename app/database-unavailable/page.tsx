import type { Metadata } from 'next'
import { connection } from 'next/server'
import { DatabaseUnavailable } from '@/components/ui/database-unavailable'

export const metadata: Metadata = { title: 'Database unavailable · Claimtrack' }

// Not an address of its own: proxy.ts shows it, with 503 and Retry-After, in place of
// any page asked for while the database cannot be reached (and a 404 otherwise).
// Rendered on request, for the per-response CSP nonce on its scripts.
export default async function DatabaseUnavailablePage() {
  await connection()
  return <DatabaseUnavailable />
}
