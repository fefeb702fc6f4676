'use client'
import { signIn } from 'next-auth/react'
import { Button } from '@/components/ui/button'

interface LinkedProvidersProps {
  available: { id: string; name: string }[]
  linked: string[]
  canLink: boolean
  className?: string
}

// Linking starts the provider's sign-in while signed in: the identity then joins this account.
export function LinkedProviders({ available, linked, canLink, className }: LinkedProvidersProps) {
  if (!available.length && !linked.length) return null
  return (
    <section aria-labelledby="providers" className={className}>
      <h2 id="providers" className="font-medium">
        Sign-in providers
      </h2>
      <ul className="space-y-2 text-sm">
        {available.map((provider) => (
          <li key={provider.id} className="flex items-center gap-3">
            <span className="w-24">{provider.name}</span>
            {linked.includes(provider.id) ? (
              <span className="text-emerald-800">linked</span>
            ) : (
              <Button variant="secondary" disabled={!canLink} onClick={() => signIn(provider.id, { callbackUrl: '/account' })}>
                Link {provider.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!canLink && <p className="text-sm text-stone-600">Confirm your address before linking a provider.</p>}
    </section>
  )
}
