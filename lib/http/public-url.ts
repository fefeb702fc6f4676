type Env = Readonly<Record<string, string | undefined>>

// The address the app is reached at from outside, for links that leave the app
// (ClaimReview urls, shared report links, W3C annotation ids). It never comes from
// the request's Host or X-Forwarded-Host: anyone can forge those, and a forged one
// would be written into an exported ClaimReview that search engines trust.
export function publicBaseUrl(env: Env = process.env): string {
  const configured = env.PUBLIC_URL || env.NEXTAUTH_URL
  if (configured) return configured.replace(/\/+$/, '')
  return `http://localhost:${env.PORT || '3000'}`
}

// The settings page warns when this is false: shared links would point at this
// machine. `npm start` fills NEXTAUTH_URL with localhost for next-auth, so a
// localhost address counts as not set.
export function isPublicUrlSet(env: Env = process.env): boolean {
  const { hostname } = new URL(publicBaseUrl(env))
  return !['localhost', '127.0.0.1', '[::1]'].includes(hostname)
}
