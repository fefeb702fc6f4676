'use client'
import { Button } from '@/components/ui/button'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6">
      <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
        <h1 className="text-lg font-semibold text-red-800">Something went wrong</h1>
        <p className="mt-2 text-sm text-stone-700">
          The page could not be shown. Nothing you saved was lost. Try again; if it keeps happening, tell us this reference:{' '}
          <code className="rounded bg-stone-100 px-1">{error.digest ?? 'none'}</code>.
        </p>
        <Button className="mt-4" onClick={reset}>
          Try again
        </Button>
      </div>
    </main>
  )
}
