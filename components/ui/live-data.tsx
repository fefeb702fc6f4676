import { connection } from 'next/server'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { isDatabaseUp } from '@/lib/db/health'
import { REACHABILITY_HEADER } from '@/lib/db/reachability'
import { DatabaseUnavailable } from './database-unavailable'

// Around every page that shows data: it renders on request, never at build time, and
// when Postgres is down it says so instead of failing. (The document page is static
// and loads its data itself: app/w/[workspaceId]/documents/[documentId]/page.tsx.)
// A database that is down is normally answered in proxy.ts, with 503; this panel is
// for when the proxy could not tell, or the database went away since it asked.
export async function LiveData({ children }: { children: ReactNode }) {
  await connection()
  // The proxy probed the database for this very request: no second probe.
  const isVouchedFor = (await headers()).get(REACHABILITY_HEADER) === 'up'
  return isVouchedFor || (await isDatabaseUp()) ? children : <DatabaseUnavailable />
}
