// claimtrack — the command line for Claimtrack's engine and database.
//   claimtrack extract <file|-> [--json]
//   claimtrack import <file> --workspace <id> [--user <email>]
//   claimtrack export --workspace <id> [--document <id>] --format html|pdf|md|csv|claimreview|w3c|json --out FILE
//   claimtrack import-json FILE --workspace <id>
//   claimtrack search --workspace <id> "query" [--type …] [--json]
//   claimtrack match --index CHECKED.jsonl --queries QUERIES.jsonl [--top 10] [--json]

const USAGE = `Usage:
  claimtrack extract <file|-> [--json]                     claims and quantities of a text, no database needed
  claimtrack import <file> --workspace <id> [--user <email>]   import a file into a workspace (DATABASE_URL)
  claimtrack reanchor --old OLD.txt --new NEW.txt --annotations ANN.json   re-anchor W3C selectors to a new text, as JSON
  claimtrack export --workspace <id> [--document <id>] --format html|pdf|md|csv|claimreview|w3c|json --out FILE [--user <email>]
                    [--scope verified|all] [--comments] [--audit] [--report-url URL]   a report, annotations or the full JSON export
  claimtrack import-json FILE --workspace <id> [--user <email>]   restore a full JSON export into an empty workspace (owner)
  claimtrack search --workspace <id> "query" [--type claim|document|source|evidence|comment] [--limit N] [--user <email>] [--json]   search a workspace
  claimtrack match --index CHECKED.jsonl --queries QUERIES.jsonl [--top 10] [--json]   "checked before" for each query, with the app's matcher`

const [command, ...args] = process.argv.slice(2)
// Each command loads only its own code: `extract` needs no database client, and the
// JSON export stays small enough for its heap limit (scripts/claimtrack.mjs).
const commands: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  extract: async () => (await import('./extract-command')).runExtract,
  import: async () => (await import('./import-command')).runImport,
  reanchor: async () => (await import('./reanchor-command')).runReanchor,
  export: async () => (await import('./export-command')).runExport,
  'import-json': async () => (await import('./import-json-command')).runImportJson,
  match: async () => (await import('./match-command')).runMatch,
  search: async () => (await import('./search-command')).runSearch,
}

// Help and version answer on stdout and exit 0; a usage mistake exits 2, as POSIX tools do.
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE)
  process.exit(0)
}
if (command === '--version' || command === '-V') {
  const { readFileSync } = await import('node:fs')
  const root = process.env.CLAIMTRACK_ROOT ?? process.cwd()
  console.log(JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version)
  process.exit(0)
}
const load = command ? commands[command] : undefined
if (!load) {
  console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE)
  process.exit(2)
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(commandUsage(command!))
  process.exit(0)
}
try {
  process.exitCode = await (await load())(args)
} catch (error) {
  // node:util parseArgs names the unknown option or the missing value in its message.
  const isUsageError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false
  console.error(`claimtrack ${command}: ${error instanceof Error ? error.message : String(error)}${isUsageError ? `\n\n${commandUsage(command!)}` : ''}`)
  process.exitCode = isUsageError ? 2 : 1
  if (isUsageError) process.exit(2)
}

// The lines of USAGE for one command (its first line and the continuation lines under it).
function commandUsage(name: string): string {
  const lines = USAGE.split('\n').slice(1)
  const start = lines.findIndex((line) => line.startsWith(`  claimtrack ${name} `))
  const end = lines.findIndex((line, index) => index > start && line.startsWith('  claimtrack '))
  return `Usage:\n${lines.slice(start, end === -1 ? undefined : end).join('\n')}`
}

export {} // a module: top-level await above
