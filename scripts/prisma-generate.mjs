// Runs `prisma generate` without network access. Prisma's CLI downloads a native
// schema engine on first use unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file; `generate` never executes that engine, so any existing file will do.
//
// An install without the Prisma CLI (a devDependency: `npm ci --omit=dev --omit=optional`,
// or the Dockerfile's run stage if npm ever stops installing it as @prisma/client's
// optional peer) uses the client the full install generated (lib/db/generated) as is.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const GENERATED_CLIENT = 'lib/db/generated/client.ts'

const prismaCli = findPrismaCli()
if (!prismaCli) {
  if (existsSync(GENERATED_CLIENT)) {
    console.log('[claimtrack] production install: using the Prisma client already generated in lib/db/generated')
    process.exit(0)
  }
  console.error('[claimtrack] The Prisma CLI (a devDependency) is not installed and lib/db/generated is missing.\n' + 'Run `npm ci` and `npm run build` on a full install first; then `npm ci --omit=dev` keeps what they generated.')
  process.exit(1)
}
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', 'prisma/schema.prisma'], { stdio: 'inherit', env })
process.exit(result.status ?? 1)

// The CLI's entry (its package "bin"), or undefined when prisma is not installed.
function findPrismaCli() {
  try {
    return createRequire(import.meta.url).resolve('prisma/build/index.js')
  } catch {
    return undefined
  }
}
