import { beforeAll, describe, expect, it } from 'vitest'
import { createComment } from '@/lib/comments/create-comment'
import { deleteComment } from '@/lib/comments/delete-comment'
import { findClaims } from '@/lib/claims/find-claims'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { searchWorkspace, type SearchPage } from '@/lib/search/search-workspace'
import { createSource } from '@/lib/sources/create-source'
import { expectAppError } from '../support/app-error'
import { addMember } from '../support/members'
import { createUser } from '../support/users'

const TRADE = [
  'Bilateral trade reached over $110 billion in 2024, according to customs data.',
  'Exports of semiconductors to the region rose by 12% last year.',
  'Officials in Zürich said the agreement would be reviewed.',
].join(' ')
const BUDGET = 'The defence budget grew to $110 billion in 2023. Zelenskyy thanked the parliament for the vote. Ten million viewers watched the debate.'
// Another workspace, with the same words and figures: none of it may ever show.
const SECRET = 'Bilateral trade reached over $110 billion in 2024 and semiconductors boomed in Zurich. Confidential.'

let owner: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
let outsider: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let tradeId: string
let tradeClaimId: string

const search = (input: Record<string, unknown>, actor = viewer): Promise<SearchPage> => searchWorkspace({ actor, workspaceId, ...input })
const titlesOf = (page: SearchPage) => page.hits.map((hit) => `${hit.type}: ${hit.snippet.map((part) => part.text).join('')}`)

beforeAll(async () => {
  ;[owner, viewer, outsider] = await Promise.all([createUser('owner'), createUser('viewer'), createUser('outsider')])
  workspaceId = owner.workspaceId
  await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
  tradeId = (await createDocument({ actor: owner, workspaceId, title: 'Trade figures for 2024', author: 'Ana Lopez', text: TRADE })).id
  await createDocument({ actor: owner, workspaceId, title: 'Budget debate', text: BUDGET })
  const claims = await findClaims({ actor: owner, workspaceId, documentId: tradeId })
  tradeClaimId = claims.find((claim) => claim.quote.includes('$110 billion'))!.id
  const { source } = await createSource({ actor: owner, workspaceId, url: 'https://customs.example.gov/stats/2024', title: 'General Administration of Customs: trade statistics', publisher: 'Customs Office' })
  await addEvidence({ actor: owner, workspaceId, claimId: tradeClaimId, sourceId: source.id, stance: 'SUPPORTS', quote: 'Total trade turnover was 113.5 billion dollars.', locator: 'Table 4' })
  await createComment({ actor: owner, workspaceId, documentId: tradeId, claimId: tradeClaimId, body: 'Check the customs tables for the semiconductor breakdown.' })
  const gone = await createComment({ actor: owner, workspaceId, documentId: tradeId, claimId: tradeClaimId, body: 'Ignore the leaked spreadsheet entirely.' })
  await deleteComment({ actor: owner, workspaceId, commentId: gone.id, version: 1 })

  const secretDoc = await createDocument({ actor: outsider, workspaceId: outsider.workspaceId, title: 'Trade figures for 2024 (secret)', text: SECRET })
  const [secretClaim] = await findClaims({ actor: outsider, workspaceId: outsider.workspaceId, documentId: secretDoc.id })
  await createComment({ actor: outsider, workspaceId: outsider.workspaceId, documentId: secretDoc.id, claimId: secretClaim!.id, body: 'Confidential semiconductor customs leak.' })
  await createSource({ actor: outsider, workspaceId: outsider.workspaceId, url: 'https://customs.example.gov/secret', title: 'Customs secret tables' })
})

describe('searching a workspace', () => {
  it('finds every kind of row, ranked, with the matching words highlighted', async () => {
    const page = await search({ q: 'customs' })
    expect(page.hits.map((hit) => hit.type).sort()).toEqual(['claim', 'comment', 'document', 'source'])
    expect(page.counts).toEqual({ claim: 1, document: 1, source: 1, evidence: 0, comment: 1 })
    const comment = page.hits.find((hit) => hit.type === 'comment')!
    expect(comment.snippet).toContainEqual({ text: 'customs', isMatch: true })
    expect(comment.href).toBe(`/w/${workspaceId}/documents/${tradeId}?claim=${tradeClaimId}&comment=${comment.id}`)
    expect(page.hits.find((hit) => hit.type === 'claim')!.href).toBe(`/w/${workspaceId}/documents/${tradeId}?claim=${tradeClaimId}`)
  })

  it('stems English and folds accents', async () => {
    expect(titlesOf(await search({ q: 'export', type: 'claim' }))).toEqual(['claim: Exports of semiconductors to the region rose by 12% last year.'])
    expect((await search({ q: 'zurich', type: 'claim' })).hits).toHaveLength(1)
    expect((await search({ q: 'Zürich', type: 'claim' })).hits).toHaveLength(1)
  })

  it('understands "exact phrases", -exclusions and OR', async () => {
    expect((await search({ q: '"trade reached"', type: 'claim' })).hits).toHaveLength(1)
    expect((await search({ q: '"reached trade"', type: 'claim' })).hits).toHaveLength(0)
    expect((await search({ q: 'semiconductors -exports', type: 'claim' })).hits).toHaveLength(0)
    expect((await search({ q: 'zelenskyy OR semiconductors', type: 'claim' })).hits).toHaveLength(2)
  })

  it('tolerates typos and partial names', async () => {
    expect(titlesOf(await search({ q: 'Zelensky', type: 'claim' }))).toEqual(['claim: Zelenskyy thanked the parliament for the vote.'])
    expect((await search({ q: 'Administraton of Custom', type: 'source' })).hits).toHaveLength(1)
    // Only as a fallback: a word that matches exactly does not also bring its look-alikes.
    expect(titlesOf(await search({ q: 'million', type: 'claim' }))).toEqual(['claim: Ten million viewers watched the debate.'])
  })

  it('matches figures on their normalized quantities, however they are written', async () => {
    for (const q of ['110 billion', '$110bn', '110,000,000,000 dollars', 'USD 110 billion']) {
      const claims = (await search({ q, type: 'claim' })).hits
      const texts = claims.map((hit) => hit.snippet.map((part) => part.text).join('')).sort()
      expect(texts, q).toHaveLength(2)
      expect(texts[0], q).toMatch(/^Bilateral trade reached over \$110 billion in 2024/)
      expect(texts[1], q).toMatch(/^The defence budget grew to \$110 billion/)
    }
    const trade = (await search({ q: '$110bn trade', type: 'claim' })).hits
    expect(trade).toHaveLength(1)
    expect(trade[0]!.snippet.filter((part) => part.isMatch).map((part) => part.text)).toContain('over $110 billion')
    expect((await search({ q: '€110bn', type: 'claim' })).hits).toHaveLength(0)
    expect((await search({ q: '120 billion', type: 'claim' })).hits).toHaveLength(0)
    expect((await search({ q: '12%', type: 'claim' })).hits).toHaveLength(1)
  })

  it('searches documents by title, author and current text', async () => {
    expect((await search({ q: 'Lopez', type: 'document' })).hits.map((hit) => hit.id)).toEqual([tradeId])
    const byText = (await search({ q: 'parliament', type: 'document' })).hits
    expect(byText).toHaveLength(1)
    expect(byText[0]!.snippet.some((part) => part.isMatch && /parliament/i.test(part.text))).toBe(true)
  })

  it('searches evidence quotes and locators, not deleted comments', async () => {
    expect((await search({ q: 'turnover', type: 'evidence' })).hits).toHaveLength(1)
    expect((await search({ q: '"table 4"', type: 'evidence' })).hits).toHaveLength(1)
    expect((await search({ q: 'leaked spreadsheet' })).counts.comment).toBe(0)
  })

  it('combines filters with the words', async () => {
    expect((await search({ q: 'trade', status: 'UNREVIEWED' })).hits.every((hit) => hit.type === 'claim')).toBe(true)
    expect((await search({ q: 'trade', status: 'VERIFIED' })).hits).toHaveLength(0)
    expect((await search({ q: 'customs', documentId: tradeId })).counts).toMatchObject({ claim: 1, comment: 1, source: 1 })
    expect((await search({ q: 'customs', authorId: viewer.id })).hits).toHaveLength(0)
    expect((await search({ q: 'customs', from: '2000-01-01', to: '2000-12-31' })).hits).toHaveLength(0)
  })

  it('pages in a stable order without repeating or skipping a result', async () => {
    const all = await search({ q: 'trade OR customs OR semiconductors OR budget', limit: 100 })
    expect(all.hits.length).toBeGreaterThan(4)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await search({ q: 'trade OR customs OR semiconductors OR budget', limit: 2, cursor })
      seen.push(...page.hits.map((hit) => `${hit.type}:${hit.id}`))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(all.hits.map((hit) => `${hit.type}:${hit.id}`))
  })
})

describe('search stays inside the workspace', () => {
  it('never returns, counts or highlights another workspace’s rows, for any role', async () => {
    for (const actor of [owner, viewer]) {
      for (const q of ['confidential', 'secret', 'leak', '$110bn', 'semiconductors boomed', 'Customs secret']) {
        const { query: _echo, ...page } = await search({ q }, actor)
        const text = JSON.stringify(page)
        expect(text, q).not.toMatch(/confidential|secret|boomed|leak/i)
        expect(page.hits.every((hit) => hit.href.startsWith(`/w/${workspaceId}/`)), q).toBe(true)
      }
    }
    expect((await search({ q: 'confidential' })).counts).toEqual({ claim: 0, document: 0, source: 0, evidence: 0, comment: 0 })
  })

  it('refuses a workspace the user is not a member of, as if it did not exist', async () => {
    await expectAppError(searchWorkspace({ actor: outsider, workspaceId, q: 'trade' }), 'NOT_FOUND')
  })
})

describe('bad queries', () => {
  it('answers empty, operator-only and wildcard queries without an error', async () => {
    expect((await search({ q: '' })).hits).toEqual([])
    for (const q of ['-', 'OR', '" "', '%_\\', '%%%', '!!! & | ( ) :*', '"unterminated', '-trade -customs', 'the']) {
      const page = await search({ q })
      expect(Array.isArray(page.hits), q).toBe(true)
    }
    expect((await search({ q: '%_\\' })).hits).toEqual([])
  })

  it('refuses a query longer than 500 characters, a bad filter and a forged cursor, naming the field', async () => {
    expect((await expectAppError(search({ q: 'x'.repeat(10_000) }), 'INVALID_INPUT')).message).toMatch(/q: must be at most 500 characters/)
    expect((await expectAppError(search({ q: 'trade', type: 'planet' }), 'INVALID_INPUT')).message).toMatch(/type/)
    expect((await expectAppError(search({ q: 'trade', from: '2024-02-30' }), 'INVALID_INPUT')).message).toMatch(/from/)
    expect((await expectAppError(search({ q: 'trade', cursor: 'not-a-cursor' }), 'INVALID_INPUT')).message).toMatch(/cursor/)
  })

  it('answers a long query full of operators in time', async () => {
    const q = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `-w${i}` : i % 3 === 1 ? `"p${i} q${i}"` : `OR x${i}`)).join(' ').slice(0, 500)
    const started = performance.now()
    await search({ q })
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
