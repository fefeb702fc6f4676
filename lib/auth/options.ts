import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import { decodeSessionToken, encodeSessionToken } from './session-token'
import { safeNextPath } from '@/lib/http/safe-next-path'
import { signInWithOAuth } from '@/lib/users/sign-in-with-oauth'
import { verifyCredentials } from '@/lib/users/verify-credentials'
import { isAppError } from '@/lib/errors'
import { readSessionVersion } from '@/lib/users/read-session-version'
import { getActor } from './session'

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

// OAuth providers switch on only when both of their variables are set.
function oauthProviders() {
  const providers = []
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }))
  }
  if (process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID, clientSecret: process.env.GOOGLE_CLIENT_SECRET }))
  }
  return providers
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }))
}

// Sessions are signed JWTs in a cookie (next-auth requires this with passwords), so
// they survive server restarts as long as NEXTAUTH_SECRET stays the same.
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: '/signin', error: '/signin' },
  logger: {
    error(code, metadata) {
      // An expired or tampered session cookie is routine: the user is asked to sign in again.
      if (code === 'JWT_SESSION_ERROR') return
      console.error(`[next-auth] ${code}`, metadata)
    },
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials) => verifyCredentials(credentials),
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.type !== 'oauth') return true
      // Only Google states that the address is verified; other providers never link to an existing account.
      const isEmailVerified = account.provider === 'google' && (profile as { email_verified?: boolean } | undefined)?.email_verified === true
      // Signed in already: "link this identity to my account", from the account page.
      const signedIn = await getActor().catch(() => null)
      try {
        const actor = await signInWithOAuth({ provider: account.provider, providerAccountId: account.providerAccountId, email: user.email, name: user.name, isEmailVerified, signedInUserId: signedIn?.id })
        user.id = actor.id
        return true
      } catch (error) {
        // next-auth shows the sign-in page with ?error=<code>; the page explains it.
        if (isAppError(error) && error.details?.problem) return `/signin?error=${encodeURIComponent(error.details.problem)}`
        throw error
      }
    },
    // Where next-auth sends the browser after sign-in and sign-out (its callbackUrl):
    // only a path on this site, by the same rule as the sign-in page's ?next=.
    redirect({ url, baseUrl }) {
      const sameOrigin = URL.canParse(url) && new URL(url).origin === new URL(baseUrl).origin
      const path = sameOrigin ? url.slice(new URL(url).origin.length) : url
      return `${baseUrl}${safeNextPath(path)}`
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id
        token.sv = await readSessionVersion(user.id)
      }
      return token
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub
      return session
    },
  },
}
