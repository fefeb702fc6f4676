#!/usr/bin/env node
// `npx claimtrack …`: runs the TypeScript CLI through tsx, with the react-server
// condition that lets it load the app's server-only services.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const result = spawnSync(process.execPath, [...heapFlags(args), '--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts/cli/main.ts'), ...args], {
  stdio: 'inherit',
  cwd: process.cwd(),
  env: { ...process.env, CLAIMTRACK_ROOT: root },
})
process.exit(result.status ?? 1)

// The full JSON export and the CSV export stream (lib/interchange/export-workspace-json.ts,
// lib/reports/stream-report-csv.ts: 1,000 rows at a time, written as they come): their
// live heap stays near 35 MB however large the workspace (bench:export, --trace-gc), so
// they run in a capped old space and their memory stays flat (uncapped, V8 lets garbage
// pile up: CSV of 20,000 claims peaked at 336 MB). The cap leaves V8 room to collect
// lazily: a tighter one costs time in GC.
function heapFlags(args) {
  const STREAMED_EXPORT_HEAP_MB = 128
  const at = args.indexOf('--format')
  const format = at === -1 ? args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length) : args[at + 1]
  return args[0] === 'export' && (format === 'json' || format === 'csv') ? [`--max-old-space-size=${STREAMED_EXPORT_HEAP_MB}`] : []
}
