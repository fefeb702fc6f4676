import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { DatabaseUnavailable } from '@/components/ui/database-unavailable'
import { isDatabaseUp } from '@/lib/db/health'
import './globals.css'

export const metadata: Metadata = {
  title: 'Claimtrack',
  description: 'Fact-check an article together: claims and statistics as data, evidence tied to the exact figure.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page shows live data: render on request, never at build time.
  await connection()
  // When Postgres is down, no page below renders (and fails); this one says why.
  const isUp = await isDatabaseUp()
  return (
    <html lang="en">
      <body>{isUp ? children : <DatabaseUnavailable />}</body>
    </html>
  )
}
