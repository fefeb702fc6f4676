import Link from 'next/link'
import { Alert } from '@/components/ui/alert'

// What to do about a link that did not work, by what is wrong with it.
const NEXT_STEPS: Record<string, { href: string; label: string }> = {
  invalid: { href: '/signin', label: 'Go to sign in' },
  expired: { href: '/account', label: 'Ask for a new link from your account page' },
  used: { href: '/signin', label: 'Go to sign in' },
  'other-account': { href: '/api/auth/signout', label: 'Sign out' },
  unverified: { href: '/account', label: 'Confirm your address from your account page' },
}

export function LinkProblem({ problem, message, nextStep }: { problem: string | undefined; message: string; nextStep?: { href: string; label: string } }) {
  const step = nextStep ?? NEXT_STEPS[problem ?? 'invalid'] ?? NEXT_STEPS.invalid!
  return (
    <div className="space-y-3">
      <Alert title={problem === 'expired' ? 'This link has expired' : problem === 'used' ? 'This link was already used' : problem === 'other-account' ? 'This link is for another account' : 'This link does not work'}>
        {message}
      </Alert>
      <p className="text-sm">
        <Link href={step.href} className="font-medium text-indigo-700 hover:underline">
          {step.label}
        </Link>
      </p>
    </div>
  )
}
