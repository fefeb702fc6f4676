import type { ReactNode } from 'react'
import { isWebUrl } from '@/lib/reports/build-labels'

// A link out of the report: only http(s) addresses are linked, and they pass no referrer,
// no opener and no endorsement. Anything else is printed as text, so it can be read
// but not followed.
export function ReportLink({ href, children }: { href: string | null; children: ReactNode }) {
  if (!href) return <>{children}</>
  if (!isWebUrl(href)) {
    return (
      <span>
        {children} <span className="muted">({href})</span>
      </span>
    )
  }
  return (
    <a href={href} rel="noopener noreferrer nofollow">
      {children}
    </a>
  )
}
