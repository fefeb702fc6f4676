import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { findClaims } from '@/lib/claims/find-claims'
import { retypeClaim } from '@/lib/claims/retype-claim'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import type { LiveMessage } from '@/lib/events/announcements'
import { listenerBackendPid, stopActivityListener, subscribe, whenListening } from '@/lib/events/activity-listener'
import { recordActivity } from '@/lib/activity/record-activity'
import { openLiveStream } from '@/lib/events/live-stream'
import { loadActor } from '@/lib/auth/load-actor'
import { removeMember } from '@/lib/members/remove-member'
import { signOutEverywhere } from '@/lib/users/change-password'
import { addMember } from '../support/members'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

// The route reads the signed-in user from next-auth; here it is whoever the test says.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const { GET } = await import('@/app/api/workspaces/[workspaceId]/documents/[documentId]/live/route')

const TEXT = 'Exports rose by 12% in 2023. Imports fell to $4 billion. The minister called it a triumph.'

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
  session.actor = owner
})

afterAll(async () => {
  await stopActivityListener()
})

const claims = () => findClaims({ actor: owner, workspaceId, documentId })

function collect(): { messages: LiveMessage[]; next: (predicate: (message: LiveMessage) => boolean) => Promise<LiveMessage>; stop: () => void } {
  const messages: LiveMessage[] = []
  const waiters: { predicate: (message: LiveMessage) => boolean; resolve: (message: LiveMessage) => void }[] = []
  const stop = subscribe(workspaceId, documentId, (message) => {
    messages.push(message)
    for (const waiter of [...waiters]) {
      if (!waiter.predicate(message)) continue
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve(message)
    }
  })
  const next = (predicate: (message: LiveMessage) => boolean) =>
    new Promise<LiveMessage>((resolve, reject) => {
      const found = messages.find(predicate)
      if (found) return resolve(found)
      waiters.push({ predicate, resolve })
      setTimeout(() => reject(new Error('no such live message within 3 s')), 3_000).unref()
    })
  return { messages, next, stop }
}

interface SseEvent {
  id?: string
  event: string
  data: Record<string, unknown>
}

// Reads server-sent events from a response until `until` says enough, then aborts.
async function readEvents(response: Response, abort: AbortController, until: (events: SseEvent[]) => boolean): Promise<SseEvent[]> {
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  const events: SseEvent[] = []
  let text = ''
  const timeout = setTimeout(() => abort.abort(), 5_000)
  try {
    while (!until(events)) {
      const { value, done } = await reader.read()
      if (done) break
      text += decoder.decode(value, { stream: true })
      let end: number
      while ((end = text.indexOf('\n\n')) !== -1) {
        const block = text.slice(0, end)
        text = text.slice(end + 2)
        const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':') && line.includes(': ')).map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]))
        if (fields.event) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? '{}') as Record<string, unknown> })
      }
    }
  } finally {
    clearTimeout(timeout)
    abort.abort()
    await reader.cancel().catch(() => {})
  }
  return events
}

function liveRequest(headers: Record<string, string> = {}, abort = new AbortController()) {
  const request = new Request(`http://localhost/api/workspaces/${workspaceId}/documents/${documentId}/live`, { headers, signal: abort.signal })
  return GET(request, { params: Promise.resolve({ workspaceId, documentId }) })
}

describe('the activity listener', () => {
  it('announces a committed change to the subscribers of its document', async () => {
    const feed = collect()
    await whenListening()
    const claim = (await claims()).find((c) => c.quote.includes('minister'))!
    await retypeClaim({ actor: owner, workspaceId, claimId: claim.id, kind: claim.kind === 'OPINION' ? 'PREDICTION' : 'OPINION', version: claim.version })
    const message = await feed.next((m) => m.type === 'activity')
    feed.stop()
    const stored = await getDb().activityEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.retyped' } })
    expect(message).toEqual({ type: 'activity', announcement: { id: stored.id.toString(), workspaceId, documentId, claimId: claim.id, action: 'claim.retyped', actorId: owner.id } })
  })

  it('announces nothing for a transaction that rolls back', async () => {
    const feed = collect()
    await whenListening()
    const claim = (await claims())[0]!
    await expect(
      getDb().$transaction(async (tx) => {
        await recordActivity(tx, { workspaceId, actorId: owner.id, subjectType: 'Claim', subjectId: claim.id, documentId, claimId: claim.id, action: 'claim.retyped' })
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    // A later commit arrives; the rolled-back one never did.
    await setClaimDismissed({ actor: owner, workspaceId, claimId: claim.id, isDismissed: true })
    await feed.next((m) => m.type === 'activity' && m.announcement.action === 'claim.dismissed')
    feed.stop()
    // (The document's creation may still be on its way from before the subscription.)
    const aboutClaim = feed.messages.flatMap((m) => (m.type === 'activity' && m.announcement.claimId === claim.id ? [m.announcement.action] : []))
    expect(aboutClaim).toEqual(['claim.dismissed'])
  })
})

describe('the live route', () => {
  it('replays exactly the events after Last-Event-ID, in order, then streams new ones', async () => {
    const [first, second, third] = await claims()
    await retypeClaim({ actor: owner, workspaceId, claimId: first!.id, kind: 'OPINION' })
    const seen = await getDb().activityEvent.findFirstOrThrow({ where: { documentId }, orderBy: { id: 'desc' } })
    await setClaimDismissed({ actor: owner, workspaceId, claimId: second!.id, isDismissed: true })
    await setClaimDismissed({ actor: owner, workspaceId, claimId: third!.id, isDismissed: true })
    const missed = await getDb().activityEvent.findMany({ where: { documentId, id: { gt: seen.id } }, orderBy: { id: 'asc' } })
    expect(missed).toHaveLength(2)

    const abort = new AbortController()
    const response = await liveRequest({ 'last-event-id': seen.id.toString() }, abort)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    // A change made while the stream is open arrives after the replay, once.
    setTimeout(() => void setClaimDismissed({ actor: owner, workspaceId, claimId: second!.id, isDismissed: false }), 200)
    const events = await readEvents(response, abort, (events) => events.filter((e) => e.event === 'activity').length >= 3)
    const activity = events.filter((e) => e.event === 'activity')
    const restored = await getDb().activityEvent.findFirstOrThrow({ where: { documentId, action: 'claim.restored' } })
    expect(activity.map((e) => e.data.id)).toEqual([...missed.map((e) => e.id.toString()), restored.id.toString()])
    // Each event's SSE id is the stream's cursor (lib/events/live-cursor.ts), not the row's id.
    expect(activity.every((e) => e.id?.startsWith('c'))).toBe(true)
    expect(activity.map((e) => e.data.summary)).toEqual(['dismissed a claim', 'dismissed a claim', 'restored a dismissed claim'])
    expect(activity[0]!.data).toMatchObject({ actorId: owner.id, actorName: 'owner', claimId: second!.id, action: 'claim.dismissed' })
  })

  it('asks the client to reload when more was missed than it replays', async () => {
    const claim = (await claims())[0]!
    await getDb().activityEvent.createMany({ data: Array.from({ length: 501 }, () => ({ workspaceId, actorId: owner.id, subjectType: 'Claim', subjectId: claim.id, documentId, claimId: claim.id, action: 'claim.retyped' })) })
    const again = new AbortController()
    const replay = await readEvents(await liveRequest({ 'last-event-id': '0' }, again), again, (events) => events.some((e) => e.event === 'reset'))
    expect(replay.map((e) => e.event)).toEqual(['reset'])
    // Reconnecting from the reset's cursor replays nothing of what the reload shows.
    const after = new AbortController()
    const resumed = await readEvents(await liveRequest({ 'last-event-id': replay[0]!.id! }, after), after, (events) => events.some((e) => e.event === 'presence'))
    expect(resumed.map((e) => e.event)).toEqual(['presence'])
  })

  // Ids come from a sequence at insert, commits come later: A takes the smaller id and
  // commits after B. A client that has seen B and reconnects gets A, and B not again.
  it('delivers an event whose transaction commits after a later-numbered one, once, open or reconnecting', async () => {
    const [first, second] = await claims()
    const openAbort = new AbortController()
    const openStream = readEvents(await liveRequest({}, openAbort), openAbort, (events) => events.filter((e) => e.event === 'activity').length >= 2)
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let written!: () => void
    const isWritten = new Promise<void>((resolve) => (written = resolve))
    const slow = getDb().$transaction(async (tx) => {
      await recordActivity(tx, { workspaceId, actorId: owner.id, subjectType: 'Claim', subjectId: first!.id, documentId, claimId: first!.id, action: 'claim.retyped' })
      written()
      await gate
    })
    await isWritten
    await setClaimDismissed({ actor: owner, workspaceId, claimId: second!.id, isDismissed: true })
    const b = await getDb().activityEvent.findFirstOrThrow({ where: { documentId, action: 'claim.dismissed' } })
    expect(await getDb().activityEvent.findFirst({ where: { documentId, action: 'claim.retyped' } })).toBeNull() // A: not committed yet

    const firstAbort = new AbortController()
    const firstVisit = await readEvents(await liveRequest({ 'last-event-id': '0' }, firstAbort), firstAbort, (events) => events.some((e) => e.event === 'presence'))
    const seenB = firstVisit.filter((e) => e.event === 'activity').at(-1)!
    expect(seenB.data.id).toBe(b.id.toString())

    release()
    await slow
    const committedA = await getDb().activityEvent.findFirstOrThrow({ where: { documentId, action: 'claim.retyped' } })
    expect(committedA.id < b.id).toBe(true)
    const again = new AbortController()
    const secondVisit = await readEvents(await liveRequest({ 'last-event-id': seenB.id! }, again), again, (events) => events.some((e) => e.event === 'presence'))
    expect(secondVisit.filter((e) => e.event === 'activity').map((e) => e.data.id)).toEqual([committedA.id.toString()])

    const open = (await openStream).filter((e) => e.event === 'activity').map((e) => e.data.id)
    expect(open).toEqual([b.id.toString(), committedA.id.toString()])
  })

  it('shows the other viewers of the document', async () => {
    const reviewer = await createUser('reviewer')
    await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
    const ownerAbort = new AbortController()
    const ownerResponse = await liveRequest({}, ownerAbort)
    session.actor = reviewer
    const reviewerAbort = new AbortController()
    const reviewerResponse = await liveRequest({}, reviewerAbort)
    const seenByOwner = await readEvents(ownerResponse, ownerAbort, (events) => events.some((e) => e.event === 'presence' && (e.data.viewers as unknown[]).length === 2))
    const lastPresence = seenByOwner.filter((e) => e.event === 'presence').at(-1)!
    expect((lastPresence.data.viewers as { name: string }[]).map((v) => v.name)).toEqual(['owner', 'reviewer'])
    reviewerAbort.abort()
    await reviewerResponse.body?.cancel().catch(() => {})
  })

  it('survives a lost LISTEN connection: it reconnects and the stream catches up on what was committed meanwhile', async () => {
    const [first, second] = await claims()
    const abort = new AbortController()
    const response = await liveRequest({}, abort)
    const reading = readEvents(response, abort, (events) => events.filter((e) => e.event === 'activity').length >= 2)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const pid = listenerBackendPid()
    expect(pid).not.toBeNull()
    await getDb().$queryRaw`SELECT pg_terminate_backend(${pid}::int)`
    // Committed while nobody listens: announced to no one.
    await setClaimDismissed({ actor: owner, workspaceId, claimId: first!.id, isDismissed: true })
    await expect.poll(() => listenerBackendPid(), { timeout: 5_000 }).not.toBe(pid)
    await expect.poll(() => listenerBackendPid(), { timeout: 5_000 }).not.toBeNull()
    await setClaimDismissed({ actor: owner, workspaceId, claimId: second!.id, isDismissed: true })
    const activity = (await reading).filter((e) => e.event === 'activity')
    expect(activity.map((e) => e.data.claimId)).toEqual([first!.id, second!.id])
  })

  it('answers 404 to a member of another workspace', async () => {
    session.actor = await createUser('stranger')
    const response = await liveRequest()
    expect(response.status).toBe(404)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND')
  })

  // A stream outlives its request; its heartbeat is where access is checked again.
  describe('a stream that is already open', () => {
    async function streamEnds(actor: Parameters<typeof openLiveStream>[0]['actor'], end: () => Promise<unknown>): Promise<boolean> {
      const abort = new AbortController()
      const response = await openLiveStream({ actor, workspaceId, documentId, signal: abort.signal, heartbeatMs: 50 })
      const reader = response.body!.getReader()
      await reader.read() // the stream is open
      await end()
      const timeout = setTimeout(() => abort.abort(), 3_000)
      try {
        for (;;) if ((await reader.read()).done) return !abort.signal.aborted
      } catch {
        return false
      } finally {
        clearTimeout(timeout)
      }
    }

    it('ends when its session ends ("sign out everywhere", a password change)', async () => {
      const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: owner.id } })
      const signedIn = (await loadActor(owner.id, { sessionVersion }))!
      expect(signedIn.sessionVersion).toBe(sessionVersion)
      expect(await streamEnds(signedIn, () => signOutEverywhere({ actor: owner }))).toBe(true)
    })

    it('ends when its reader is removed from the workspace, and not otherwise', async () => {
      const member = await createUser('member')
      const membership = await addMember({ actor: owner, workspaceId, email: member.email, role: 'VIEWER' })
      expect(await streamEnds(member, () => removeMember({ actor: owner, workspaceId, membershipId: membership.id }))).toBe(true)
      expect(await streamEnds(owner, () => new Promise((resolve) => setTimeout(resolve, 300)))).toBe(false)
    })
  })
})
