// The production install, as the README and the Dockerfile do it: the build made on a full
// install (.next and the generated Prisma client) goes into a copy of the project that gets
// `npm ci --omit=dev` and nothing else; `npm start` there must serve the demo on the
// embedded PostgreSQL and stop cleanly (tests/smoke/start-and-stop.ts, run in the copy).
// npm test runs this after the production build (scripts/test.ts); exit 0 when it held.
import { spawnSync } from 'node:child_process'
import { chmod, cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const BUILD_OUTPUTS = ['.next', 'lib/db/generated']
// devDependencies a production install must not have. (npm still installs the ones that a
// dependency names as an optional peer — prisma, typescript, @playwright/test — the
// lockfile marks them devOptional.)
const DEV_ONLY = ['vitest', 'eslint', 'tailwindcss', '@tailwindcss/postcss']

const copy = await mkdtemp(path.join(tmpdir(), 'claimtrack-production-'))
// Run as root, the embedded PostgreSQL runs as "postgres", who must be able to enter it.
await chmod(copy, 0o755)
const problems: string[] = []
try {
  for (const output of BUILD_OUTPUTS) if (!existsSync(output)) throw new Error(`${output} is missing: run the production build first`)
  // The project's own files (tracked, or new and not ignored), then the build outputs.
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  if (files.status !== 0) throw new Error(`git ls-files failed: ${files.stderr}`)
  for (const file of files.stdout.split('\0').filter((name) => name && existsSync(name))) {
    await mkdir(path.join(copy, path.dirname(file)), { recursive: true })
    await cp(file, path.join(copy, file))
  }
  for (const output of BUILD_OUTPUTS) await cp(output, path.join(copy, output), { recursive: true })

  console.log(`npm ci --omit=dev in ${copy}`)
  const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: copy, stdio: 'inherit' })
  if (install.status !== 0) problems.push(`npm ci --omit=dev exited with ${install.status}`)
  const present = DEV_ONLY.filter((name) => existsSync(path.join(copy, 'node_modules', name)))
  if (present.length) problems.push(`devDependencies installed anyway: ${present.join(', ')}`)

  if (install.status === 0) {
    const env = { ...process.env, SMOKE_PORT: process.env.SMOKE_PRODUCTION_PORT ?? '3192' }
    const start = spawnSync(path.join(copy, 'node_modules/.bin/tsx'), ['tests/smoke/start-and-stop.ts'], { cwd: copy, stdio: 'inherit', env })
    if (start.status !== 0) problems.push('npm start on the production install did not serve and stop cleanly (see above)')
  }
} finally {
  await rm(copy, { recursive: true, force: true })
}

if (problems.length) {
  console.error(`production install: ${problems.join('; ')}`)
  process.exit(1)
}
console.log('npm ci --omit=dev && npm start: served the demo and stopped cleanly')
