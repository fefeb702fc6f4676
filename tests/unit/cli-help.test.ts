// The real CLI entry (scripts/claimtrack.mjs): help and version exit 0, usage mistakes exit 2,
// and each command's --help names every flag the command accepts.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/claimtrack.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } })

// The flags each command's parser accepts (scripts/cli/*-command.ts).
const FLAGS: Record<string, string[]> = {
  extract: ['--json'],
  import: ['--workspace', '--user'],
  reanchor: ['--old', '--new', '--annotations'],
  export: ['--workspace', '--document', '--format', '--out', '--user', '--scope', '--comments', '--audit', '--report-url'],
  'import-json': ['--workspace', '--user'],
  search: ['--workspace', '--type', '--limit', '--user', '--json'],
  match: ['--index', '--queries', '--top', '--json'],
}

describe('claimtrack CLI', () => {
  it('prints help and the version with exit 0', () => {
    const help = run('--help')
    expect(help.status).toBe(0)
    for (const command of Object.keys(FLAGS)) expect(help.stdout).toContain(`claimtrack ${command} `)
    const version = run('--version')
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it.each(Object.entries(FLAGS))('%s --help names each of its flags', (command, flags) => {
    const result = run(command, '--help')
    expect(result.status).toBe(0)
    for (const flag of flags) expect(result.stdout).toContain(flag)
  })

  it('names an unknown flag or a missing value with the usage, exit 2', () => {
    const unknown = run('match', '--bogus')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("'--bogus'")
    expect(unknown.stderr).toContain('claimtrack match --index')
    const missing = run('search', '--workspace')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('--workspace')
    expect(run('frobnicate').status).toBe(2)
  })
})
