// Source snapshots: a source's page fetched (or its file uploaded), the raw bytes kept
// in the blob store, text and structure read in the import's child process, failures
// kept with their reason, and every read scoped to the workspace.
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { requestSnapshot, uploadSnapshot } from '@/lib/snapshots/create-snapshot'
import { diffSnapshots } from '@/lib/snapshots/diff-snapshots'
import { findSnapshots, readSnapshot, readSnapshotBytes } from '@/lib/snapshots/find-snapshots'
import { runSnapshotJob } from '@/lib/snapshots/run-snapshot-job'
import { createSource } from '@/lib/sources/create-source'
import { expectAppError } from '../support/app-error'
import { addMember } from '../support/members'
import { createUser } from '../support/users'

const RELEASE_V1 = '<html><head><title>Trade release</title></head><body><nav>Home | Data</nav><h1>Trade in 2024</h1><p>Trade reached 110 billion dollars in 2024.</p><p>Exports rose 5%.</p></body></html>'
const RELEASE_V2 = RELEASE_V1.replace('Exports rose 5%.', 'Exports rose 6%.')
const LOGIN = '<html><body><h1>Sign in</h1><form><input name="user"><input type="password" name="pw"><button>Log in</button></form></body></html>'

let release = RELEASE_V1
const server = createServer((req, res) => {
  const send = (status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type })
    res.end(body)
  }
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/release': () => send(200, 'text/html; charset=utf-8', release),
    '/login': () => send(200, 'text/html', LOGIN),
    '/image': () => send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/gone': () => send(404, 'text/plain', 'gone'),
  }
  const route = routes[new URL(req.url!, 'http://x').pathname]
  if (route) route(res)
  else send(404, 'text/plain', 'no route')
})
let origin: string

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.CLAIMTRACK_IMPORT_ALLOW_HOSTS = '127.0.0.1'
})
afterAll(async () => {
  delete process.env.CLAIMTRACK_IMPORT_ALLOW_HOSTS
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

let owner: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
let outsider: Awaited<ReturnType<typeof createUser>>
beforeEach(async () => {
  release = RELEASE_V1
  ;[owner, viewer, outsider] = await Promise.all([createUser('owner'), createUser('viewer'), createUser('outsider')])
  await addMember({ actor: owner, workspaceId: owner.workspaceId, email: viewer.email, role: 'VIEWER' })
})

async function addSource(path: string) {
  const { source } = await createSource({ actor: owner, workspaceId: owner.workspaceId, url: `${origin}${path}`, title: `Source ${path}` })
  return source
}
const only = async (sourceId: string) => (await findSnapshots({ actor: owner, workspaceId: owner.workspaceId, sourceId }))[0]!

describe('a source snapshot', () => {
  it('is asked for when a source is added, then keeps the page, its text, hashes and structure', { timeout: 30_000 }, async () => {
    const source = await addSource('/release')
    const pending = await only(source.id)
    expect(pending).toMatchObject({ number: 1, origin: 'FETCH', status: 'PENDING', requestedUrl: `${origin}/release` })

    expect(await runSnapshotJob(pending.id)).toBe('done')
    const snapshot = await readSnapshot({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id, number: 1 })
    expect(snapshot).toMatchObject({ status: 'DONE', httpStatus: 200, finalUrl: `${origin}/release`, format: 'html', title: 'Trade in 2024', byteSize: RELEASE_V1.length, failureReason: null })
    expect(snapshot.text).toContain('Trade reached 110 billion dollars in 2024.')
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(snapshot.textSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(snapshot.blocks.map((block) => snapshot.text.slice(block.start, block.end))).toContain('Exports rose 5%.')
    expect('blobKey' in snapshot).toBe(false)

    const { bytes } = await readSnapshotBytes({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id, number: 1 })
    expect(new TextDecoder().decode(bytes)).toBe(RELEASE_V1)
    // A finished snapshot is not run twice.
    expect(await runSnapshotJob(pending.id)).toBe('already-finished')
  })

  it('fetches again as the next number, never rewriting the first, and diffs the two word by word', { timeout: 30_000 }, async () => {
    const source = await addSource('/release')
    await runSnapshotJob((await only(source.id)).id)
    release = RELEASE_V2
    const second = await requestSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id })
    // Asking again while one waits returns the waiting one.
    expect((await requestSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id })).id).toBe(second.id)
    expect(second.number).toBe(2)
    await runSnapshotJob(second.id)

    const [newest, oldest] = await findSnapshots({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id })
    expect([newest!.number, oldest!.number]).toEqual([2, 1])
    expect(newest!.sha256).not.toBe(oldest!.sha256)
    expect((await readSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, number: 1 })).text).toContain('Exports rose 5%.')
    const diff = await diffSnapshots({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id, from: 1, to: 2 })
    expect(diff.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '5%' },
      { kind: 'added', text: '6%' },
    ])
    expect(await getDb().activityEvent.count({ where: { subjectId: source.id, action: 'source.snapshot_requested' } })).toBe(1)
  })

  it.each([
    ['/gone', 'The page answered 404 Not Found', 404],
    ['/image', 'The page is image/png', undefined],
    ['/login', 'login form', 200],
  ])('fails with its reason when %s cannot be archived, and the source stays usable', { timeout: 30_000 }, async (path, reason, httpStatus) => {
    const source = await addSource(path)
    expect(await runSnapshotJob((await only(source.id)).id)).toBe('failed')
    const snapshot = await only(source.id)
    expect(snapshot.status).toBe('FAILED')
    expect(snapshot.failureReason).toContain(reason)
    expect(snapshot.httpStatus ?? undefined).toBe(httpStatus)
    expect(await getDb().source.findUnique({ where: { id: source.id } })).not.toBeNull()
  })

  it('takes an uploaded file instead, and refuses what cannot be a source', { timeout: 30_000 }, async () => {
    const source = await addSource('/gone')
    const bytes = new TextEncoder().encode('Customs statistics\nTrade reached 110 billion dollars in 2024.')
    const uploaded = await uploadSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, filename: 'customs.txt', contentType: 'text/plain', bytes })
    expect(uploaded).toMatchObject({ number: 2, origin: 'UPLOAD', status: 'PENDING', fileName: 'customs.txt', byteSize: bytes.length })
    expect(await runSnapshotJob(uploaded.id)).toBe('done')
    expect((await readSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, number: 2 })).text).toBe('Customs statistics\nTrade reached 110 billion dollars in 2024.')

    await expectAppError(uploadSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, filename: 'empty.txt', bytes: new Uint8Array() }), 'INVALID_INPUT')
    await expectAppError(uploadSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, filename: 'photo.jpg', bytes }), 'INVALID_INPUT')
    await expectAppError(uploadSnapshot({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id, filename: 'a.txt', bytes }), 'FORBIDDEN')
  })

  it('is reachable only from its own workspace', { timeout: 30_000 }, async () => {
    const source = await addSource('/release')
    await runSnapshotJob((await only(source.id)).id)
    const ref = { workspaceId: owner.workspaceId, sourceId: source.id, number: 1 }
    // A workspace the reader is not in does not exist for them.
    await expectAppError(readSnapshot({ actor: outsider, ...ref }), 'NOT_FOUND')
    await expectAppError(readSnapshotBytes({ actor: outsider, ...ref }), 'NOT_FOUND')
    await expectAppError(requestSnapshot({ actor: outsider, ...ref }), 'NOT_FOUND')
    // Another workspace's id for the same source finds nothing.
    await expectAppError(readSnapshot({ actor: outsider, ...ref, workspaceId: outsider.workspaceId }), 'NOT_FOUND')
    expect(await findSnapshots({ actor: outsider, workspaceId: outsider.workspaceId, sourceId: source.id })).toEqual([])
    await expectAppError(requestSnapshot({ actor: outsider, workspaceId: outsider.workspaceId, sourceId: source.id }), 'NOT_FOUND')
  })
})
