// The production server on the benchmark database, and signed-in sessions for it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const NEXT_BIN = path.resolve('node_modules/.bin/next')
export const BENCH_SECRET = 'bench-secret-0123456789abcdef'

export async function startServer(databaseUrl: string, port: number): Promise<{ base: string; pid: number; stop: () => Promise<void> }> {
  if (!existsSync('.next/BUILD_ID')) spawnSync(NEXT_BIN, ['build'], { stdio: 'inherit' })
  const base = `http://127.0.0.1:${port}`
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: BENCH_SECRET, NEXTAUTH_URL: base, PORT: String(port) }
  const server: ChildProcess = spawn(NEXT_BIN, ['start', '-p', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  for (let tries = 0; tries < 600; tries++) {
    const status = await fetch(`${base}/api/health`).then((response) => response.status, () => 0)
    if (status === 200) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    base,
    pid: server.pid!,
    stop: async () => {
      process.kill(-server.pid!, 'SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    },
  }
}

// next-auth's credentials sign-in, as a browser does it: CSRF cookie and token, then
// the callback, which answers with the session cookie.
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ')
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true' }),
  })
  const session = callback.headers.getSetCookie().find((cookie) => cookie.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`sign-in failed for ${email} (${callback.status})`)
  return session.split(';')[0]!
}
