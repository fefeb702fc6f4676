import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './globals.css'

export const metadata: Metadata = {
  title: 'Claimtrack',
  description: 'Fact-check an article together: claims and statistics as data, evidence tied to the exact figure.',
}

// Static: the pages that show data say so themselves (components/ui/live-data.tsx),
// so that the document page can be one static file for everyone.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
