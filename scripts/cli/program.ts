import { Command, InvalidArgumentError, Option, type OutputConfiguration } from 'commander'
import { EXPORT_FORMATS } from './export-formats'
import { SEARCH_TYPES } from '@/lib/search/schemas'

// The commands, their arguments and flags, declared once: commander parses them,
// prints `--help` from them, and names an unknown flag or a missing value. The same
// flag is spelled the same everywhere (--workspace, --user, --json). Each action loads
// only its own code: `extract` needs no database client, and the JSON export stays
// small enough for its heap limit (scripts/claimtrack.mjs).

const DATABASE_NOTE = 'Database: DATABASE_URL, or else the embedded PostgreSQL that `npm start` uses (its running one, if the app is up).'

// output: where help and errors go (tests capture them); commands inherit it.
export function buildProgram(version: string, output: OutputConfiguration = {}): Command {
  const program = new Command('claimtrack')
    .configureOutput(output)
    .description("Claimtrack's engine and database from the command line.")
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .helpCommand('help [command]', 'print help for a command')
    .addHelpText('after', `\n${DATABASE_NOTE}`)
    .showHelpAfterError()
    .exitOverride()

  program
    .command('extract')
    .description('the claims and quantities of a text; no database needed')
    .argument('<file>', 'a txt, md, html, docx or pdf file, or - for standard input')
    .option('--json', 'print the claims as JSON')
    .action(run('extract', async (file: string, options) => (await import('./extract-command')).runExtract(file, options)))

  withMember(program.command('import'))
    .description('import a file into a workspace, through the same queue as an upload')
    .argument('<file>', 'a txt, md, html, docx or pdf file')
    .option('--json', 'print the imported document as JSON')
    .action(run('import', async (file: string, options) => (await import('./import-command')).runImport(file, options)))

  program
    .command('reanchor')
    .description('re-anchor W3C text selectors from an old text to a new one; prints JSON')
    .requiredOption('--old <file>', 'the text the annotations were made on')
    .requiredOption('--new <file>', 'the edited text')
    .requiredOption('--annotations <file>', 'a JSON list of W3C annotations or bare anchors')
    .action(run('reanchor', async (options) => (await import('./reanchor-command')).runReanchor(options)))

  withMember(program.command('export'))
    .description('a report, the W3C annotations or the full JSON export of a workspace')
    .option('--document <id>', 'one document (default: every document of the workspace, at most 50)')
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'where to write it (csv also writes FILE.quantities.csv)')
    .addOption(new Option('--scope <scope>', 'which claims a report covers').choices(['verified', 'all']).default('verified'))
    .option('--comments', 'include comment threads in the report')
    .option('--audit', 'include the audit appendix in the report')
    .option('--report-url <url>', 'the public URL of the report, for ClaimReview and W3C ids')
    .option('--json', 'print what was written as JSON')
    .action(run('export', async (options) => (await import('./export-command')).runExport(options)))

  withMember(program.command('import-json'))
    .description('restore a full JSON export into an empty workspace (as an owner)')
    .argument('<file>', 'a file written by `claimtrack export --format json`')
    .option('--json', 'print the counts restored as JSON')
    .action(run('import-json', async (file: string, options) => (await import('./import-json-command')).runImportJson(file, options)))

  withMember(program.command('search'))
    .description('search a workspace, as the app does')
    .argument('<query...>', 'words, "exact phrases", -exclusions, OR')
    .addOption(new Option('--type <type>', `only this kind of result (${SEARCH_TYPES.join(', ')}); repeat for more`).argParser(collectSearchType).default([], 'every kind'))
    .option('--limit <n>', 'results per page (1–100)', positiveInteger(100), 20)
    .option('--json', "print the API's page of results as JSON")
    .action(run('search', async (query: string[], options) => (await import('./search-command')).runSearch(query.join(' '), options)))

  program
    .command('match')
    .description('"checked before" for each query, with the app\'s matcher, in a scratch workspace')
    .requiredOption('--index <file>', 'checked claims, one {"id","text","title"?} JSON per line')
    .requiredOption('--queries <file>', 'query claims, one {"id","text"} JSON per line')
    .option('--top <n>', 'matches per query (1–100)', positiveInteger(100), 10)
    .option('--json', 'print one {"query","matches"} JSON per line')
    .action(run('match', async (options) => (await import('./match-command')).runMatch(options)))

  return program
}

// The flags of every command that works in a workspace as one of its members.
function withMember(command: Command): Command {
  return command
    .requiredOption('--workspace <id>', 'the workspace')
    .option('--user <email>', "the member to act as (default: the workspace's first owner); their role is checked as in the app")
    .addHelpText('after', `\n${DATABASE_NOTE}`)
}

// A command's outcome becomes the exit code; an error it throws is printed as one line
// (exit 1): usage mistakes never get this far, commander answers them with exit 2.
function run<A extends unknown[]>(name: string, action: (...args: A) => Promise<number>) {
  return async (...args: A) => {
    try {
      process.exitCode = await action(...args)
    } catch (error) {
      console.error(`claimtrack ${name}: ${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 1
    }
  }
}

function positiveInteger(max: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!Number.isInteger(number) || number < 1 || number > max) throw new InvalidArgumentError(`give a whole number from 1 to ${max}.`)
    return number
  }
}

function collectSearchType(value: string, previous: string[]): string[] {
  if (!(SEARCH_TYPES as readonly string[]).includes(value)) throw new InvalidArgumentError(`use one of ${SEARCH_TYPES.join(', ')}.`)
  return [...previous, value]
}
