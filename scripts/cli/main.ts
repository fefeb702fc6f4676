// claimtrack — the command line for Claimtrack's engine and database (scripts/cli/program.ts
// declares the commands). `--help` and `--version` exit 0; a usage mistake is named with
// the command's help and exits 2, as POSIX tools do (commander's own default is 1).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CommanderError } from 'commander'
import { buildProgram } from './program'

const root = process.env.CLAIMTRACK_ROOT ?? process.cwd()
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }

try {
  await buildProgram(version).parseAsync(process.argv)
} catch (error) {
  if (!(error instanceof CommanderError)) throw error
  process.exitCode = error.exitCode === 0 ? 0 : 2
}
