// A real OpenID Connect provider on loopback (oauth2-mock-server), for the sign-in
// stories of tests/e2e/oauth.spec.ts. The e2e servers are configured with it in
// playwright.config.ts; each story says who the provider will say the person is.
import { Events, OAuth2Server } from 'oauth2-mock-server'

export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3102)
export const OIDC_SETTINGS = {
  OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  OIDC_CLIENT_ID: 'claimtrack-e2e',
  OIDC_CLIENT_SECRET: 'e2e-client-secret',
  OIDC_NAME: 'Newsroom SSO',
}

export interface ProviderIdentity {
  sub: string
  email: string
  // The provider vouches for the address only when this is true.
  email_verified: boolean
  name?: string
}

export interface IdentityProvider {
  // Who the next sign-ins at the provider are.
  signInAs(identity: ProviderIdentity): void
  stop(): Promise<void>
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const server = new OAuth2Server()
  await server.issuer.keys.generate('RS256')
  let identity: ProviderIdentity | null = null
  // Both the access token and the ID token carry the person; next-auth reads the ID token.
  server.service.on(Events.BeforeTokenSigning, (token) => {
    if (!identity) throw new Error('the identity provider was not told who signs in')
    Object.assign(token.payload, identity)
  })
  await server.start(OIDC_PORT, '127.0.0.1')
  return {
    signInAs: (next) => {
      identity = next
    },
    stop: () => server.stop(),
  }
}
