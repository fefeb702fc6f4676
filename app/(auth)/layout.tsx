import type { ReactNode } from 'react'
import { LiveData } from '@/components/ui/live-data'
import { Logo } from '@/components/workspace/logo'

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <LiveData>
      <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Logo />
      <div className="mt-6 w-full max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">{children}</div>
      <p className="mt-6 max-w-sm text-center text-xs text-stone-500">Fact-check an article together: every claim and figure as data, every verdict tied to its source.</p>
      </main>
    </LiveData>
  )
}
