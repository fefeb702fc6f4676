import { PassThrough } from 'node:stream'
import { beforeEach, describe, expect, it } from 'vitest'
import { findClaimActivity, findDocumentActivity } from '@/lib/activity/find-activity'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { deleteComment } from '@/lib/comments/delete-comment'
import { editComment } from '@/lib/comments/edit-comment'
import { findCommentHistory } from '@/lib/comments/find-comment-history'
import { findComments } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { exportW3cAnnotations } from '@/lib/interchange/export-w3c-annotations'
import { exportWorkspaceJson } from '@/lib/interchange/export-workspace-json'
import { findNotifications } from '@/lib/notifications/find-notifications'
import { buildReport } from '@/lib/reports/build-report'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

// "Deleted" means the words never leave the server again: every way out is read
// after a deletion and searched for the words the comment ever held.
const TEXT = 'Exports rose by 12% in 2023.\nThe minister called it a triumph of planning.'
const FIRST_WORDS = 'zebra-first-draft the minister lied'
const EDITED_WORDS = 'quokka-second-draft the minister misspoke'
const IMPORTED_WORDS = 'okapi-imported-body'
const SECRETS = [FIRST_WORDS, EDITED_WORDS, IMPORTED_WORDS, 'zebra-first-draft', 'quokka-second-draft', 'okapi-imported-body']

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let colleague: User
let workspaceId: string
let documentId: string
let claimId: string
let commentId: string

function expectNoSecret(label: string, output: unknown) {
  const text = typeof output === 'string' ? output : JSON.stringify(output)
  for (const secret of SECRETS) expect(text, `${label} holds "${secret}"`).not.toContain(secret)
}

async function jsonExport(): Promise<string> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await exportWorkspaceJson({ actor: owner, workspaceId }, stream)
  stream.end()
  return Buffer.concat(chunks).toString('utf8')
}

beforeEach(async () => {
  owner = await createUser('owner')
  colleague = await createUser('colleague')
  workspaceId = owner.workspaceId
  // A member directly: how someone joins is another service's business.
  await getDb().membership.create({ data: { workspaceId, userId: colleague.id, role: 'EDITOR' } })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
  claimId = (await findClaims({ actor: owner, workspaceId, documentId }))[0]!.id
  // Anchored on the text and on a claim, mentioning a colleague (who gets a notification
  // quoting it), then edited (so its history holds the first words), then replied to
  // (so the thread, and its deleted root, stay).
  const root = await createComment({ actor: owner, workspaceId, documentId, claimId, start: 0, end: 7, body: `@${colleague.email} ${FIRST_WORDS}` })
  commentId = root.id
  await editComment({ actor: owner, workspaceId, commentId, version: 1, body: `@${colleague.email} ${EDITED_WORDS}` })
  await createComment({ actor: colleague, workspaceId, documentId, parentId: commentId, body: 'A reply that stays.' })
  // An activity row that carries a body, as an imported file or an older version could.
  await getDb().activityEvent.create({
    data: { workspaceId, actorId: owner.id, subjectType: 'Comment', subjectId: commentId, documentId, claimId, action: 'comment.edited', before: { body: IMPORTED_WORDS, characters: 19 }, after: { text: IMPORTED_WORDS, characters: 20 } },
  })
})

describe('before deletion', () => {
  it('the words are there, so the checks below can fail', async () => {
    expect(await jsonExport()).toContain(EDITED_WORDS)
    expect(JSON.stringify(await exportW3cAnnotations({ actor: owner, workspaceId, documentId }))).toContain(EDITED_WORDS)
    expect(JSON.stringify(await findCommentHistory({ actor: owner, workspaceId, commentId }))).toContain(FIRST_WORDS)
    expect(JSON.stringify(await findNotifications({ actor: colleague, workspaceId }))).toContain('zebra-first-draft')
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: { scope: 'all', includeComments: true, includeAuditAppendix: true } })
    expect(JSON.stringify(report)).toContain(EDITED_WORDS)
  })
})

describe('after deletion', () => {
  beforeEach(async () => {
    const { version } = await getDb().comment.findUniqueOrThrow({ where: { id: commentId } })
    await deleteComment({ actor: owner, workspaceId, commentId, version })
    // The row stays: nothing a report may cite is deleted for real.
    expect((await getDb().comment.findUniqueOrThrow({ where: { id: commentId } })).body).toContain(EDITED_WORDS)
  })

  it('the JSON export keeps the comment in its thread without its words, edits or mentions', async () => {
    const text = await jsonExport()
    expectNoSecret('JSON export', text)
    const file = JSON.parse(text) as { documents: { comments: { id: string; body: string; edits: unknown[]; mentions: unknown[]; deletedAt: string | null }[] }[] }
    const exported = file.documents[0]!.comments.find((comment) => comment.id === commentId)!
    expect(exported).toMatchObject({ body: '', edits: [], mentions: [] })
    expect(exported.deletedAt).not.toBeNull()
    expect(text).toContain('A reply that stays.')
  })

  it('the W3C export leaves it out', async () => {
    const collection = await exportW3cAnnotations({ actor: owner, workspaceId, documentId })
    expectNoSecret('W3C export', collection)
    expect(JSON.stringify(collection)).not.toContain(commentId)
  })

  it('the document and claim activity show that it changed, never what it said', async () => {
    const page = await findDocumentActivity({ actor: owner, workspaceId, documentId })
    expectNoSecret('document activity', page)
    expect(page.events.map((event) => event.action)).toEqual(expect.arrayContaining(['comment.created', 'comment.edited', 'comment.deleted']))
    const imported = page.events.find((event) => event.changes.some((change) => change.field === 'characters' && change.after === '20'))
    expect(imported?.changes.map((change) => change.field)).toEqual(['characters'])
    expectNoSecret('claim activity', await findClaimActivity({ actor: owner, workspaceId, claimId }))
  })

  it('a report shows "(deleted comment)" in its place', async () => {
    const report = await buildReport({ actor: owner, workspaceId, documentIds: [documentId], options: { scope: 'all', includeComments: true, includeAuditAppendix: true } })
    expectNoSecret('report', report)
    expect(JSON.stringify(report)).toContain('(deleted comment)')
  })

  it('its edit history is not found', async () => {
    await expectAppError(findCommentHistory({ actor: owner, workspaceId, commentId }), 'NOT_FOUND')
  })

  it('threads show it as deleted, with the reply', async () => {
    const threads = await findComments({ actor: colleague, workspaceId, documentId })
    expectNoSecret('threads', threads)
    expect(threads[0]).toMatchObject({ id: commentId, isDeleted: true, body: '', html: '' })
    expect(threads[0]!.replies.map((reply) => reply.body)).toEqual(['A reply that stays.'])
  })

  it('the mention in the inbox no longer quotes it', async () => {
    const inbox = await findNotifications({ actor: colleague, workspaceId })
    expectNoSecret('inbox', inbox)
    const mention = inbox.notifications.find((notification) => notification.commentId === commentId)!
    expect(mention.message).toMatch(/mentioned you \(the comment was deleted\)$/)
  })
})
