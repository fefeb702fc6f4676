#!/usr/bin/env node
// `npx claimtrack …`: runs the TypeScript CLI through tsx, with the react-server
// condition that lets it load the app's server-only services.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.cwd(),
  env: { ...process.env, CLAIMTRACK_ROOT: root },
})
process.exit(result.status ?? 1)
