import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runReanchor, type ReanchorOptions } from '@/scripts/cli/reanchor-command'

const OLD = 'Investment reached over $15.3 billion in 2024, the report said. Users: over 4 million.'
const NEW = 'Note. Investment reached over $16.1 billion in 2024, the report said. Users: over 4 million.'

function files(annotations: unknown): ReanchorOptions {
  const directory = mkdtempSync(path.join(tmpdir(), 'reanchor-'))
  const write = (name: string, content: string) => (writeFileSync(path.join(directory, name), content), path.join(directory, name))
  const body = typeof annotations === 'string' ? annotations : JSON.stringify(annotations)
  return { old: write('old.txt', OLD), new: write('new.txt', NEW), annotations: write('ann.json', body) }
}

const w3c = (id: string, start: number, end: number) => ({
  id,
  target: {
    selector: [
      { type: 'TextQuoteSelector', exact: OLD.slice(start, end), prefix: OLD.slice(Math.max(0, start - 32), start), suffix: OLD.slice(end, end + 32) },
      { type: 'TextPositionSelector', start, end },
    ],
  },
})

afterEach(() => vi.restoreAllMocks())

describe('claimtrack reanchor', () => {
  it('prints each annotation with its new offsets or orphaned, and the numbers flag', async () => {
    const output: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (output.push(String(chunk)), true))
    const start = OLD.indexOf('over 4 million')
    const bare = { id: 'n2', exact: 'over 4 million', prefix: OLD.slice(start - 32, start), suffix: '.', start, end: start + 14 }
    expect(await runReanchor(files([w3c('n1', 19, 37), bare]))).toBe(0)
    expect(JSON.parse(output.join(''))).toEqual([
      { id: 'n1', status: 'fuzzy', start: 25, end: 43, numbersChanged: true },
      { id: 'n2', status: 'moved', start: start + 6, end: start + 20, numbersChanged: false },
    ])
  })

  it.each([
    ['a malformed selector', [{ id: 'x', target: { selector: [{ type: 'TextQuoteSelector' }] } }], /annotation 0 at target\.selector\.0\.exact/],
    ['a missing position selector', [{ id: 'x', target: { selector: [{ type: 'TextQuoteSelector', exact: 'over' }] } }], /exactly one TextPositionSelector/],
    ['offsets outside the text', [{ id: 'x', exact: 'a', start: 5, end: 900 }], /outside the old text/],
    ['a quote that is not the old text there', [{ id: 'x', exact: 'nope', start: 0, end: 4 }], /quote is not the old text/],
    ['not a list', { id: 'x' }, /expected a JSON list/],
    ['not JSON', '[{', /not JSON/],
  ])('refuses %s with a clear message', async (_label, annotations, message) => {
    await expect(runReanchor(files(annotations))).rejects.toThrow(message)
  })

  it('refuses an unreadable file', async () => {
    await expect(runReanchor({ ...files([]), old: '/nonexistent/old.txt' })).rejects.toThrow(/no such file/)
  })
})
