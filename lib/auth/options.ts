import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import type { OAuthConfig } from 'next-auth/providers/oauth'
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
  if (process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET) {
    providers.push(openIdConnectProvider({ issuer: process.env.OIDC_ISSUER, clientId: process.env.OIDC_CLIENT_ID, clientSecret: process.env.OIDC_CLIENT_SECRET, name: process.env.OIDC_NAME }))
  }
  return providers
}

interface OpenIdConnectSettings {
  issuer: string
  clientId: string
  clientSecret: string
  name?: string
}

// A newsroom's own identity provider (Keycloak, Authentik, Okta, Entra ID…), found by
// OpenID Connect discovery. Its standard email_verified claim says whether it vouches
// for the address (see the signIn callback).
function openIdConnectProvider({ issuer, clientId, clientSecret, name }: OpenIdConnectSettings): OAuthConfig<OpenIdProfile> {
  return {
    id: 'oidc',
    name: name || 'Single sign-on',
    type: 'oauth',
    wellKnown: `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile: (profile) => ({ id: profile.sub, name: profile.name ?? profile.preferred_username ?? null, email: profile.email ?? null }),
  }
}

interface OpenIdProfile {
  sub: string
  email?: string
  email_verified?: boolean
  name?: string
  preferred_username?: string
}

// Google and OpenID Connect providers state whether the address is verified; GitHub
// does not, so a GitHub identity never links to an existing account by its address.
function providerVouchesForEmail(provider: string, profile: unknown): boolean {
  if (provider !== 'google' && provider !== 'oidc') return false
  return (profile as { email_verified?: unknown } | undefined)?.email_verified === true
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
      const isEmailVerified = providerVouchesForEmail(account.provider, profile)
      // Signed in already: "link this identity to my account", from the account page.
      const signedIn = await getActor().catch(() => null)
      try {
        const actor = await signInWithOAuth({ provider: account.provider, providerAccountId: account.providerAccountId, email: user.email, name: user.name, isEmailVerified, signedInUserId: signedIn?.id })
        // The session is the account's, not the provider's: a linked identity may
        // carry another address or name.
        Object.assign(user, { id: actor.id, email: actor.email, name: actor.name })
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
