// Runs `prisma generate` without network access. Prisma's CLI downloads a native
// schema engine on first use unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file; `generate` never executes that engine, so any existing file will do.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
const result = spawnSync('prisma', ['generate', '--schema', 'prisma/schema.prisma'], { stdio: 'inherit', env, shell: process.platform === 'win32' })
process.exit(result.status ?? 1)
