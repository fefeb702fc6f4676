import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'
import { createWorkspace } from '@/lib/workspaces/create-workspace'
import { runExport } from '@/scripts/cli/export-command'
import type { CliExportFormat } from '@/scripts/cli/export-formats'
import { runImportJson } from '@/scripts/cli/import-json-command'
import { createUser } from '../support/users'

const TEXT = 'Trade reached over $110 billion in 2024. Over 15,000 sanctions have been imposed since 2022.'

let owner: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string
let directory: string
let output: string[]

beforeEach(async () => {
  ;[owner, reviewer] = await Promise.all([createUser('owner'), createUser('reviewer')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', sourceUrl: 'https://paper.example/trade', text: TEXT })).id
  const claim = (await findClaims({ actor: owner, workspaceId, documentId })).find((item) => item.quote.includes('$110 billion'))!
  await rateClaim({ actor: reviewer, workspaceId, claimId: claim.id, verdict: 'FALSE', confidence: 5, rationale: 'Customs say $60 billion.' })
  const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })
  await setClaimStatus({ actor: owner, workspaceId, claimId: claim.id, version, status: 'VERIFIED', verdict: 'FALSE', overrideReason: 'Customs data are conclusive here.' })
  directory = mkdtempSync(path.join(tmpdir(), 'claimtrack-export-'))
  output = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line))
  vi.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line))
})
afterEach(() => vi.restoreAllMocks())

const file = (name: string) => path.join(directory, name)

describe('claimtrack export and import-json', () => {
  it('writes the full JSON export and restores it into an empty workspace', async () => {
    expect(await runExport({ workspace: workspaceId, format: 'json', out: file('all.json'), scope: 'verified' })).toBe(0)
    const exported = JSON.parse(readFileSync(file('all.json'), 'utf8'))
    expect(exported).toMatchObject({ format: 'claimtrack-export', version: 1, documents: [{ title: 'Trade' }] })
    const target = await createWorkspace({ actor: owner, name: 'Restored' })
    expect(await runImportJson(file('all.json'), { workspace: target.id })).toBe(0)
    expect(output.at(-2)).toMatch(/^Imported 1 documents, 1 revisions, \d+ claims/)
    expect(await getDb().document.count({ where: { workspaceId: target.id } })).toBe(1)
    // again: the workspace is no longer empty
    expect(await runImportJson(file('all.json'), { workspace: target.id })).toBe(1)
    expect(output.at(-1)).toMatch(/not empty/)
  })

  it('prints each problem of a bad file with its path, and refuses a reviewer', async () => {
    writeFileSync(file('bad.json'), JSON.stringify({ format: 'claimtrack-export', version: 9 }))
    const target = await createWorkspace({ actor: owner, name: 'Target' })
    expect(await runImportJson(file('bad.json'), { workspace: target.id })).toBe(1)
    expect(output).toContain('  version: must be 1: this version of Claimtrack reads export version 1 only')
    expect(await runExport({ workspace: workspaceId, format: 'json', out: file('x.json'), scope: 'verified', user: reviewer.email })).toBe(1)
    expect(output.at(-1)).toMatch(/role \(reviewer\) does not allow/)
  })

  it('writes W3C annotations and ClaimReview JSON-LD', async () => {
    expect(await runExport({ workspace: workspaceId, document: documentId, format: 'w3c', out: file('a.jsonld'), scope: 'verified' })).toBe(0)
    expect(JSON.parse(readFileSync(file('a.jsonld'), 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 2 })
    expect(await runExport({ workspace: workspaceId, format: 'claimreview', out: file('cr.jsonld'), scope: 'verified', user: reviewer.email, reportUrl: 'https://desk.example/r/1', json: true })).toBe(0)
    expect(JSON.parse(output.at(-1)!)).toMatchObject({ format: 'claimreview', out: file('cr.jsonld'), claimCount: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(JSON.parse(readFileSync(file('cr.jsonld'), 'utf8'))).toMatchObject([{ '@type': 'ClaimReview', reviewRating: { ratingValue: 1, alternateName: 'False' }, url: expect.stringMatching(/^https:\/\/desk\.example\/r\/1#claim-/) }])
    await expect(runExport({ workspace: workspaceId, format: 'w3c', out: file('b.jsonld'), scope: 'verified' })).rejects.toThrow(/needs --document/)
  })

  it('writes the report as Markdown, HTML, CSV (with its quantities file) and PDF', async () => {
    for (const [format, name] of [['md', 'r.md'], ['html', 'r.html'], ['csv', 'r.csv'], ['pdf', 'r.pdf']]) {
      expect(await runExport({ workspace: workspaceId, document: documentId, format: format as CliExportFormat, out: file(name!), scope: 'all' }), format).toBe(0)
    }
    expect(readFileSync(file('r.md'), 'utf8')).toContain('Trade reached over $110 billion in 2024.')
    expect(readFileSync(file('r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i)
    expect(readFileSync(file('r.csv'), 'utf8').split('\n').length).toBeGreaterThan(2)
    expect(readFileSync(file('r.quantities.csv'), 'utf8')).toContain('110')
    expect(readFileSync(file('r.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
