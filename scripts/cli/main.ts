// claimtrack — the command line for Claimtrack's engine and database.
//   claimtrack extract <file|-> [--json]
//   claimtrack import <file> --workspace <id> [--user <email>]
//   claimtrack export --workspace <id> [--document <id>] --format html|pdf|md|csv|claimreview|w3c|json --out FILE
//   claimtrack import-json FILE --workspace <id>
import { runExport } from './export-command'
import { runExtract } from './extract-command'
import { runImport } from './import-command'
import { runImportJson } from './import-json-command'
import { runReanchor } from './reanchor-command'

const USAGE = `Usage:
  claimtrack extract <file|-> [--json]                     claims and quantities of a text, no database needed
  claimtrack import <file> --workspace <id> [--user <email>]   import a file into a workspace (DATABASE_URL)
  claimtrack reanchor --old OLD.txt --new NEW.txt --annotations ANN.json   re-anchor W3C selectors to a new text, as JSON
  claimtrack export --workspace <id> [--document <id>] --format html|pdf|md|csv|claimreview|w3c|json --out FILE [--user <email>]
                    [--scope verified|all] [--comments] [--audit] [--report-url URL]   a report, annotations or the full JSON export
  claimtrack import-json FILE --workspace <id> [--user <email>]   restore a full JSON export into an empty workspace (owner)`

const [command, ...args] = process.argv.slice(2)
const commands: Record<string, (args: string[]) => Promise<number>> = { extract: runExtract, import: runImport, reanchor: runReanchor, export: runExport, 'import-json': runImportJson }

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
