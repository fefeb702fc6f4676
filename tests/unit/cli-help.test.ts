// The CLI's parser (scripts/cli/program.ts, on commander): help and version exit 0, usage
// mistakes are named with the command's help and exit 2, each command's --help names every
// flag it accepts, and the README's CLI section is that help text. Most cases run the
// parser in process (fast); a few run the real entry, scripts/claimtrack.mjs.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { CommanderError } from 'commander'
import { describe, expect, it } from 'vitest'
import { buildProgram } from '@/scripts/cli/program'

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
const README = readFileSync('README.md', 'utf8')

// Parses args as the CLI would, without running any command: every case here stops in
// the parser (help, version or a usage mistake), which throws with its exit code.
async function parse(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' }
  const program = buildProgram(VERSION, { writeOut: (text) => void (out.stdout += text), writeErr: (text) => void (out.stderr += text), getOutHelpWidth: () => 80, getErrHelpWidth: () => 80 })
  try {
    await program.parseAsync(args, { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    return { status: error.exitCode === 0 ? 0 : 2, ...out }
  }
  throw new Error(`claimtrack ${args.join(' ')} ran a command`)
}

const spawnCli = (...args: string[]) => spawnSync(process.execPath, ['scripts/claimtrack.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } })

// The flags each command accepts, spelled the same everywhere.
const FLAGS: Record<string, string[]> = {
  extract: ['--json'],
  import: ['--workspace', '--user', '--json'],
  reanchor: ['--old', '--new', '--annotations'],
  export: ['--workspace', '--user', '--document', '--format', '--out', '--scope', '--comments', '--audit', '--report-url', '--json'],
  'import-json': ['--workspace', '--user', '--json'],
  search: ['--workspace', '--user', '--type', '--limit', '--json'],
  match: ['--index', '--queries', '--top', '--json'],
}

describe('claimtrack CLI', () => {
  it('prints help and the version with exit 0', async () => {
    for (const help of [await parse('--help'), await parse('help')]) {
      expect(help.status).toBe(0)
      for (const command of Object.keys(FLAGS)) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
    }
    expect(README).toContain(`$ npx claimtrack --help\n${(await parse('--help')).stdout.trimEnd()}\n`)
    expect(await parse('--version')).toMatchObject({ status: 0, stdout: `${VERSION}\n` })
  })

  it.each(Object.entries(FLAGS))('%s --help names each of its flags, and the README shows that help', async (command, flags) => {
    const help = await parse(command, '--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toContain(`Usage: claimtrack ${command} `)
    for (const flag of flags) expect(help.stdout).toContain(`${flag} `)
    expect((await parse('help', command)).stdout).toBe(help.stdout)
    expect(README).toContain(`$ npx claimtrack ${command} --help\n${help.stdout.trimEnd()}\n`)
  })

  it.each([
    ['an unknown flag', ['match', '--index', 'a', '--queries', 'b', '--bogus'], "unknown option '--bogus'", 'Usage: claimtrack match [options]'],
    ['a missing value', ['search', '--workspace'], "option '--workspace <id>' argument missing", 'Usage: claimtrack search [options] <query...>'],
    ['a required flag left out', ['export', '--workspace', 'w1', '--out', 'x.html'], "required option '--format <format>' not specified", 'Usage: claimtrack export'],
    ['a value not among the choices', ['export', '--workspace', 'w1', '--format', 'docx', '--out', 'x'], "argument 'docx' is invalid. Allowed choices are html, pdf", '--format <format>'],
    ['a number out of range', ['match', '--index', 'a', '--queries', 'b', '--top', '0'], 'give a whole number from 1 to 100', '--top <n>'],
    ['an unknown search type', ['search', '--workspace', 'w1', '--type', 'tweet', 'q'], 'use one of claim, document, source, evidence, comment', '--type <type>'],
    ['a missing argument', ['extract'], "missing required argument 'file'", 'Usage: claimtrack extract'],
    ['an unknown command', ['frobnicate'], "unknown command 'frobnicate'", 'Commands:'],
  ])('names %s with the usage, exit 2', async (_label, args, message, usage) => {
    const result = await parse(...args)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain(usage)
  })

  it('runs as `claimtrack`: help exits 0, a usage mistake 2, a failing command 1 with one line', () => {
    expect(spawnCli('export', '--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('--report-url <url>') })
    expect(spawnCli('--version')).toMatchObject({ status: 0, stdout: `${VERSION}\n` })
    expect(spawnCli('match', '--bogus')).toMatchObject({ status: 2, stderr: expect.stringContaining('error:') })
    const failing = spawnCli('extract', '/nonexistent/article.txt')
    expect(failing.status).toBe(1)
    expect(failing.stderr.trim()).toBe('claimtrack extract: /nonexistent/article.txt: no such file')
  }, 30_000) // four Node processes, each starting tsx
})
