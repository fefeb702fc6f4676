// claimtrack — the command line for Claimtrack's engine and database.
//   claimtrack extract <file|-> [--json]
//   claimtrack import <file> --workspace <id> [--user <email>]
import { runExtract } from './extract-command'
import { runImport } from './import-command'

const USAGE = `Usage:
  claimtrack extract <file|-> [--json]                     claims and quantities of a text, no database needed
  claimtrack import <file> --workspace <id> [--user <email>]   import a file into a workspace (DATABASE_URL)`

const [command, ...args] = process.argv.slice(2)
const commands: Record<string, (args: string[]) => Promise<number>> = { extract: runExtract, import: runImport }

const run = command ? commands[command] : undefined
if (!run) {
  console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE)
  process.exit(2)
}
try {
  process.exitCode = await run(args)
} catch (error) {
  console.error(`claimtrack ${command}: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
