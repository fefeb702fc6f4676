import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { isDatabaseUp } from '@/lib/db/health'
import { DatabaseUnavailable } from './database-unavailable'

// Around every page that shows data: it renders on request, never at build time, and
// when Postgres is down it says so instead of failing. (The document page is static
// and loads its data itself: app/w/[workspaceId]/documents/[documentId]/page.tsx.)
export async function LiveData({ children }: { children: ReactNode }) {
  await connection()
  return (await isDatabaseUp()) ? children : <DatabaseUnavailable />
}
