import Link from 'next/link'
import { ResendVerificationButton } from './resend-verification-button'

// Until the address is confirmed the account works, but joins no other workspace.
export function UnverifiedNotice() {
  return (
    <div className="border-t border-amber-200 bg-amber-50 text-sm text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-6 py-2">
        <p>
          Confirm your email address to accept invitations: open the link we mailed you, or manage it from{' '}
          <Link href="/account" className="font-medium underline">
            your account
          </Link>
          .
        </p>
        <ResendVerificationButton variant="ghost" />
      </div>
    </div>
  )
}
