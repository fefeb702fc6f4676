'use client'
import { useRouter } from 'next/navigation'
import { createContext, useContext } from 'react'

const RefreshContext = createContext<(() => void) | null>(null)

// The document page is static and loads its data itself: it provides how to load it
// again. Elsewhere, refreshing re-renders the server page.
export const RefreshProvider = RefreshContext.Provider

export function useRefresh(): () => void {
  const refresh = useContext(RefreshContext)
  const router = useRouter()
  return refresh ?? (() => router.refresh())
}
