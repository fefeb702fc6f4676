// Browser tests: a production build of the app, driven by a real Chromium.
//
// Run them without npm (from the repository root):
//
//   psql -h 127.0.0.1 -U postgres -c 'create database e2e_dev'
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/e2e_dev npx tsx scripts/db-migrate.ts
//   npx next build
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/e2e_dev \
//   NEXTAUTH_SECRET=dev-secret-0123456789 \
//   npx playwright test --config tests/e2e/playwright.config.ts
//
// Environment:
//   DATABASE_URL     required; an already-migrated database. Tests only add rows
//                    (fresh users with unique emails), so it need not be empty.
//   NEXTAUTH_SECRET  required by next-auth to sign session cookies.
//   E2E_PORT         port for `next start` (default 3100).
//   E2E_SECOND_PORT  port of a second `next start` on the same database (default 3101):
//                    live updates must cross instances. Tests read its URL from
//                    E2E_SECOND_URL, which this file sets.
//   E2E_OIDC_PORT    port of the OpenID Connect provider that tests/e2e/oauth.spec.ts
//                    starts while it runs (default 3102).
//   E2E_JSON_REPORT  where the JSON report goes (default test-results/e2e-report.json);
//                    Playwright's own PLAYWRIGHT_JSON_OUTPUT_FILE, when set, wins.
//   E2E_CHROMIUM     a Chromium binary (default /usr/bin/chromium when it exists,
//                    otherwise Playwright's own browser, for machines with internet).
//   CI               when set, never reuse a server already listening on the port.
//
// The server is `next start`, so the app must have been built (`npx next build`)
// after the last change to app code.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'
import { OIDC_SETTINGS } from './identity-provider'
import { E2E_DATA_DIR } from './mailbox'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PORT = Number(process.env.E2E_PORT ?? 3100)
const BASE_URL = `http://127.0.0.1:${PORT}`
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? 3101)
const SECOND_URL = `http://127.0.0.1:${SECOND_PORT}`
// Workers load this file too, so the specs see it.
process.env.E2E_SECOND_URL = SECOND_URL
const JSON_REPORT = path.resolve(ROOT, process.env.E2E_JSON_REPORT ?? 'test-results/e2e-report.json')

// No browser download is possible on machines without internet: use the system's
// Chromium there. These flags keep it from phoning home or needing a GPU/sandbox.
const SYSTEM_CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const launchOptions = existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS } : {}

// Every test user comes from 127.0.0.1: per-IP budgets are raised so the suite can make
// hundreds of accounts. Per-account budgets keep their real number of attempts, with a
// short window and block so tests/e2e/brute-force.spec.ts can see an account recover.
const RATE_LIMITS = {
  RATE_LIMIT_SIGN_IN_PER_IP: '100000/60',
  RATE_LIMIT_SIGN_UP_PER_IP: '100000/60',
  RATE_LIMIT_ACCOUNT_MAIL_PER_IP: '100000/60',
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '5/6',
  RATE_LIMIT_SIGN_IN_BLOCK_SECONDS: '10',
  RATE_LIMIT_SIGN_IN_MAX_BLOCK_SECONDS: '20',
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: path.join(ROOT, 'test-results/e2e-artifacts'),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores: one browser per core, the server shares them.
  workers: 2,
  // The stories with two browsers take about 25 s on a 2-core machine that also runs
  // both servers and Postgres; 60 s keeps a slower machine from failing them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: JSON_REPORT }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [BASE_URL, SECOND_URL].map((url, index) => ({
    command: `npx next start -p ${index === 0 ? PORT : SECOND_PORT} -H 127.0.0.1`,
    cwd: ROOT,
    url: `${url}/api/auth/csrf`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    // next-auth builds its redirect URLs from NEXTAUTH_URL: point it at this server.
    // Without SMTP_URL, mail lands as .eml files in the data folder (tests/e2e/mailbox.ts).
    // The OpenID Connect provider answers only while oauth.spec.ts runs.
    env: { NEXTAUTH_URL: url, CLAIMTRACK_DATA_DIR: E2E_DATA_DIR, ...RATE_LIMITS, ...OIDC_SETTINGS },
  })),
})
