import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { runMatch } from '@/scripts/cli/match-command'
import { runSearch } from '@/scripts/cli/search-command'
import { createUser } from '../support/users'

let output: string[]
beforeEach(() => {
  output = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line))
  vi.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line))
})
afterEach(() => vi.restoreAllMocks())

const jsonl = (directory: string, name: string, lines: object[]) => {
  const file = path.join(directory, name)
  writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'))
  return file
}

describe('claimtrack search', () => {
  it('prints the workspace search, as text or as the API’s JSON', async () => {
    const owner = await createUser('cli-search')
    await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Trade', text: 'Bilateral trade reached over $110 billion in 2024. Rain fell.' })
    expect(await runSearch('$110bn', { workspace: owner.workspaceId, type: ['claim'], limit: 20 })).toBe(0)
    expect(output.join('\n')).toContain('[over $110 billion]')
    output = []
    expect(await runSearch('trade', { workspace: owner.workspaceId, type: [], limit: 20, json: true })).toBe(0)
    const page = JSON.parse(output.join('\n')) as { hits: { type: string }[]; counts: Record<string, number> }
    expect(page.counts).toMatchObject({ claim: 1, document: 1 })
  })
})

describe('claimtrack match', () => {
  it('ranks the checked claims for each query with the app’s matcher, and leaves no scratch data', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'claimtrack-match-'))
    const index = jsonl(directory, 'checked.jsonl', [
      { id: 'c1', text: 'Global investment in AI reached over $110 billion in 2024.', title: 'AI boom' },
      { id: 'c2', text: 'Global investment in AI reached $95 billion in 2023.' },
      { id: 'c3', text: 'The treaty bans the use of cluster munitions in populated areas.' },
    ])
    const queries = jsonl(directory, 'queries.jsonl', [
      { id: 'q1', text: 'Global AI investment hit more than 110bn dollars last year (2024).' },
      { id: 'q2', text: 'Global investment in AI reached $110 billion in 2023.' },
      { id: 'q3', text: 'The agreement prohibits cluster munitions in populated areas, the minister said.' },
    ])
    const workspaces = await getDb().workspace.count()
    expect(await runMatch({ index, queries, top: 3, json: true })).toBe(0)
    const lines = output.map((line) => JSON.parse(line) as { query: string; matches: { id: string; score: number }[] })
    expect(lines.map((line) => [line.query, line.matches.map((match) => match.id)])).toEqual([
      ['q1', ['c1']],
      ['q2', []],
      ['q3', ['c3']],
    ])
    expect(await getDb().workspace.count()).toBe(workspaces)
  })

  it('names the line and field of a malformed input', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'claimtrack-match-'))
    const index = jsonl(directory, 'checked.jsonl', [{ id: 'c1', text: 'Fine.' }, { id: 'c2' }])
    await expect(runMatch({ index, queries: index, top: 10 })).rejects.toThrow(/checked\.jsonl:2: text/)
  })
})
