// The source library a page at a time: newest first by (createdAt, id), ties within one
// millisecond, the search kept across pages, workspace isolation and a refused cursor.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/lib/db/client'
import { createSource } from '@/lib/sources/create-source'
import { findSources } from '@/lib/sources/find-sources'
import { pageThrough } from '../support/page-through'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const route = await import('@/app/api/workspaces/[workspaceId]/sources/route')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let stranger: User
let workspaceId: string

beforeEach(async () => {
  ;[owner, stranger] = await Promise.all([createUser('owner'), createUser('stranger')])
  workspaceId = owner.workspaceId
})

// `count` sources in `user`'s workspace, four at a time in one millisecond; odd ones are about customs.
async function seedSources(user: User, count: number) {
  const base = Date.UTC(2026, 0, 1)
  const data = Array.from({ length: count }, (_, index) => {
    const url = `https://stats.example.org/${user.id}/${index}`
    return { workspaceId: user.workspaceId, createdById: user.id, url, normalizedUrl: url, title: `${index % 2 ? 'Customs' : 'Budget'} table ${index}`, createdAt: new Date(base + Math.floor(index / 4)) }
  })
  await getDb().source.createMany({ data })
}

const readPages = (actor: User, input: Record<string, unknown>, limit: number) =>
  pageThrough(async (cursor) => {
    const page = await findSources({ actor, workspaceId: actor.workspaceId, limit, cursor, ...input })
    return { items: page.sources, nextCursor: page.nextCursor }
  }, limit)

describe('the source library in pages', () => {
  it('pages through every source once, newest first, ties broken by id', async () => {
    await seedSources(owner, 13)
    const ids = await readPages(owner, {}, 5)
    const expected = await getDb().source.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })
    expect(ids).toEqual(expected.map((row) => row.id))
    expect(ids).toHaveLength(13)
  })

  it('keeps the search on every page, and a source added while paging does not shift the rest', async () => {
    await seedSources(owner, 13)
    const first = await findSources({ actor: owner, workspaceId, query: 'customs', limit: 2 })
    await createSource({ actor: owner, workspaceId, url: 'https://customs.example.gov/new', title: 'Customs, newest' })
    const after: string[] = []
    let cursor = first.nextCursor
    while (cursor) {
      const page = await findSources({ actor: owner, workspaceId, query: 'customs', limit: 2, cursor })
      after.push(...page.sources.map((source) => source.title))
      cursor = page.nextCursor
    }
    const titles = [...first.sources.map((source) => source.title), ...after]
    expect(titles).toHaveLength(6)
    expect(titles.every((title) => title.startsWith('Customs table'))).toBe(true)
    expect(new Set(titles).size).toBe(6)
  })

  it('shows only the workspace’s own sources, whatever the cursor', async () => {
    await seedSources(owner, 6)
    await seedSources(stranger, 6)
    const ownersCursor = (await findSources({ actor: owner, workspaceId, limit: 2 })).nextCursor
    const theirs = await findSources({ actor: stranger, workspaceId: stranger.workspaceId, cursor: ownersCursor })
    expect(theirs.sources.length).toBeGreaterThan(0)
    expect(theirs.sources.every((source) => source.workspaceId === stranger.workspaceId)).toBe(true)
    session.actor = stranger
    const call = (query: string) => route.GET(new Request(`http://test/api/workspaces/${workspaceId}/sources?${query}`), { params: Promise.resolve({ workspaceId }) })
    expect((await call(`cursor=${ownersCursor}`)).status).toBe(404)
  })

  it('answers a forged cursor or a bad limit with a 4xx naming the parameter', async () => {
    session.actor = owner
    const call = (query: string) => route.GET(new Request(`http://test/api/workspaces/${workspaceId}/sources?${query}`), { params: Promise.resolve({ workspaceId }) })
    const forged = await call('cursor=%27%3B--')
    expect(forged.status).toBe(422)
    expect(await forged.json()).toMatchObject({ error: { fields: [{ field: 'cursor', message: expect.stringMatching(/not a page cursor/) }] } })
    const zero = await call('limit=0')
    expect(await zero.json()).toMatchObject({ error: { fields: [{ field: 'limit', message: 'must be at least 1' }] } })
  })
})
