// The world the permission matrix runs its actions in (permissions-matrix.test.ts): the
// people in their roles, a workspace with one of each thing an action may need, and
// the fingerprint a refused action must leave unchanged.
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { getDb } from '@/lib/db/client'
import type { Role } from '@/lib/db/generated/enums'
import { createDocument } from '@/lib/documents/create-document'
import { AppError } from '@/lib/errors'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { inviteMember } from '@/lib/members/invite-member'
import { publishReport } from '@/lib/reports/publish-report'
import { createReportFilter } from '@/lib/reports/report-filters'
import { createShareLink } from '@/lib/reports/share-link'
import { createSource } from '@/lib/sources/create-source'
import { createWorkspace } from '@/lib/workspaces/create-workspace'
import { addMember } from '../support/members'
import { createUser } from '../support/users'

export const TEXT = 'Exports rose by 12% in 2023, while imports fell 5% in 2024.\nThe minister promised growth of 3% next year.'
export const ROLES: Role[] = ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER']
export const EVERYONE = ROLES
export const EDITORS: Role[] = ['OWNER', 'EDITOR']
export const REVIEWERS: Role[] = ['OWNER', 'EDITOR', 'REVIEWER']
export const OWNERS: Role[] = ['OWNER']
export const NO_ONE: Role[] = []

export type Person = Actor & { workspaceId: string }
// Filled by createPeople (in the test's beforeAll); the actions read them when they run.
export const people = {} as Record<Role, Person>
export const outsider = {} as Person

export async function createPeople() {
  Object.assign(people, { OWNER: await createUser('owner'), EDITOR: await createUser('editor'), REVIEWER: await createUser('reviewer'), VIEWER: await createUser('viewer') })
  Object.assign(outsider, await createUser('outsider'))
}

// The role of the acting person in the world's workspace; undefined for the outsider.
export function roleOf(actor: Actor): Role | undefined {
  return ROLES.find((role) => people[role].id === actor.id)
}

// A workspace with one of each thing an action may need, the members in their roles.
// Members join through the link mailed to their address, and the test mailbox hands out
// the latest one: worlds built at once (the matrix runs concurrently) take turns here.
let membersJoining: Promise<unknown> = Promise.resolve()
function oneAtATime(join: () => Promise<void>): Promise<void> {
  const turn = membersJoining.then(join)
  membersJoining = turn.catch(() => undefined)
  return turn
}

// withEmptyWorkspace: a second, empty workspace with every role in it (made before the
// actor's roles are read), for the JSON import, which restores into an empty one only.
export async function newWorld({ withEmptyWorkspace = false } = {}) {
  const owner = people.OWNER
  const db = getDb()
  const { id: workspaceId } = await createWorkspace({ actor: owner, name: 'Matrix' })
  await oneAtATime(async () => {
    for (const role of ['EDITOR', 'REVIEWER', 'VIEWER'] as const) await addMember({ actor: owner, workspaceId, email: people[role].email, role })
  })
  const { id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })
  const claims = await findClaims({ actor: owner, workspaceId, documentId })
  const [claim, other] = claims
  const { source } = await createSource({ actor: owner, workspaceId, url: 'https://stats.example.org/trade', title: 'Trade statistics', type: 'OFFICIAL_STATISTICS' })
  const { source: unused } = await createSource({ actor: owner, workspaceId, url: 'https://stats.example.org/unused', title: 'Never cited' })
  const evidence = await addEvidence({ actor: owner, workspaceId, claimId: claim!.id, sourceId: source.id, stance: 'SUPPORTS', quote: 'Exports grew 12 per cent.' })
  const comment = await createComment({ actor: owner, workspaceId, documentId, claimId: claim!.id, body: 'Which table?' })
  // A comment by each member, for the rules about authorship. A viewer cannot comment
  // (they may have while a reviewer), so theirs is written as it would stand.
  const commentsBy = { OWNER: comment } as Record<Role, { id: string }>
  for (const role of ['EDITOR', 'REVIEWER'] as const) commentsBy[role] = await createComment({ actor: people[role], workspaceId, documentId, claimId: claim!.id, body: `A note by the ${role.toLowerCase()}.` })
  commentsBy.VIEWER = await db.comment.create({ data: { workspaceId, documentId, claimId: claim!.id, authorId: people.VIEWER.id, body: 'A note from when I reviewed.' }, select: { id: true, version: true } })
  const { id: invitationId } = await inviteMember({ actor: owner, workspaceId, email: `pending-${workspaceId}@example.test`, role: 'VIEWER' })
  const report = await publishReport({ actor: owner, workspaceId, title: 'Trade check', documentIds: [documentId], options: { scope: 'all', includeComments: false, includeAuditAppendix: false } })
  await createShareLink({ actor: owner, workspaceId, reportId: report.id })
  const filter = await createReportFilter({ actor: owner, workspaceId, name: 'Trade', criteria: { titleContains: 'Trade' } })
  const emptyWorkspaceId = withEmptyWorkspace ? await emptyWorkspace() : ''
  const memberships = await db.membership.findMany({ where: { workspaceId } })
  const viewerMembership = memberships.find((membership) => membership.userId === people.VIEWER.id)!
  return { workspaceId, documentId, claim: claim!, other: other!, source, unused, evidence, comment, commentsBy, invitationId, reportId: report.id, filterId: filter.id, emptyWorkspaceId, viewerMembershipId: viewerMembership.id }
}
async function emptyWorkspace(): Promise<string> {
  const { id } = await createWorkspace({ actor: people.OWNER, name: 'Restore' })
  const others = ROLES.filter((role) => role !== 'OWNER')
  await getDb().membership.createMany({ data: others.map((role) => ({ workspaceId: id, userId: people[role].id, role })) })
  return id
}
export type World = Awaited<ReturnType<typeof newWorld>>

export interface Action {
  name: string
  allowed: Role[]
  run: (actor: Actor, world: World, workspaceId: string) => Promise<unknown>
  // false: the action names no record of ours, only a workspace (lists, creations), so
  // another workspace's member naming their own workspace is no test of isolation.
  usesIds?: false
  // A read scoped to the workspace named may answer empty (or "none yet") for another
  // workspace's ids: that leaks nothing, and counts as not found.
  isEmptyAbroad?: true
  withEmptyWorkspace?: true
}

export async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'allowed'
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
}

// Rows anywhere in the world's workspace: a refused action must leave them as they were.
export async function fingerprint(workspaceId: string) {
  const db = getDb()
  const where = { workspaceId }
  const [activity, documents, claims, sources, comments, ratings, memberships, reports, filters, notifications, workspace] = await Promise.all([
    db.activityEvent.count({ where }),
    db.document.count({ where }),
    db.claim.findMany({ where, select: { version: true }, orderBy: { id: 'asc' } }),
    db.source.findMany({ where, select: { version: true, retractedAt: true }, orderBy: { id: 'asc' } }),
    db.comment.findMany({ where, select: { version: true, deletedAt: true, body: true }, orderBy: { id: 'asc' } }),
    db.rating.count({ where }),
    db.membership.findMany({ where, select: { role: true }, orderBy: { id: 'asc' } }),
    db.report.findMany({ where, select: { shareToken: true, shareRevokedAt: true }, orderBy: { id: 'asc' } }),
    db.reportFilter.count({ where }),
    db.notification.findMany({ where, select: { readAt: true }, orderBy: { id: 'asc' } }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId } }),
  ])
  return JSON.stringify({ activity, documents, claims, sources, comments, ratings, memberships, reports, filters, notifications, workspace })
}

// Requests carry the roles read with the actor (lib/auth/load-actor.ts); scripts and
// other callers pass a bare actor and each check reads the membership. Both are walked.
export const ACTOR_KINDS: [string, (person: Person) => Promise<Person>][] = [
  ['membership read by each check', async (person) => person],
  ['roles read with the actor', async (person) => ({ ...person, ...(await loadActor(person.id))! })],
]
