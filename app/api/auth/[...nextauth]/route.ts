import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options'
import { refuseLimitedSignIn } from '@/lib/rate-limit/credentials-callback'

const handler = NextAuth(authOptions)

type Context = { params: Promise<{ nextauth: string[] }> }

// Password sign-ins pass the rate limits before next-auth hashes anything.
async function POST(request: Request, context: Context): Promise<Response> {
  return (await refuseLimitedSignIn(request)) ?? handler(request, context)
}

export { handler as GET, POST }
