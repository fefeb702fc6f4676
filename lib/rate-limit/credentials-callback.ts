import 'server-only'
import { errorResponse } from '@/lib/http/handle-route'
import { clientIp } from './client-ip'
import { guardSignInAttempt } from './sign-in-attempts'

// In front of next-auth's POST handler: a password sign-in
// (/api/auth/callback/credentials) first passes the per-account and per-IP limits, so a
// blocked account or network is answered 429 with Retry-After before next-auth runs the
// password hash. Other next-auth requests (OAuth callbacks, sign-out) pass untouched.
export async function refuseLimitedSignIn(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith('/callback/credentials')) return null
  const form = await request.clone().formData().catch(() => null)
  const email = form?.get('email')
  try {
    await guardSignInAttempt({ email: typeof email === 'string' && email.trim() ? email : null, ip: clientIp(request.headers) })
    return null
  } catch (error) {
    return errorResponse(error)
  }
}
