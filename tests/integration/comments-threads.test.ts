import { beforeEach, describe, expect, it } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { deleteComment } from '@/lib/comments/delete-comment'
import { editComment } from '@/lib/comments/edit-comment'
import { findCommentHistory } from '@/lib/comments/find-comment-history'
import { findComments } from '@/lib/comments/find-comments'
import { setThreadResolved } from '@/lib/comments/set-thread-resolved'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2023.\nThe minister called it a triumph of planning.'

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let reviewer: User
let editor: User
let viewer: User
let workspaceId: string
let documentId: string
let claimId: string

beforeEach(async () => {
  owner = await createUser('owner')
  reviewer = await createUser('reviewer')
  editor = await createUser('editor')
  viewer = await createUser('viewer')
  workspaceId = owner.workspaceId
  for (const [user, role] of [[reviewer, 'REVIEWER'], [editor, 'EDITOR'], [viewer, 'VIEWER']] as const) await addMember({ actor: owner, workspaceId, email: user.email, role })
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
  claimId = (await findClaims({ actor: owner, workspaceId, documentId }))[0]!.id
})

const post = (actor: User, input: Record<string, unknown>) => createComment({ actor, workspaceId, documentId, ...input })
const threads = (actor: User = owner, input: Record<string, unknown> = {}) => findComments({ actor, workspaceId, documentId, ...input })
const inbox = (user: User) => getDb().notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } })
const stored = (id: string) => getDb().comment.findUniqueOrThrow({ where: { id } })

describe('threads', () => {
  it('attaches replies to their thread, one level deep, with the claim of the thread and no anchor', async () => {
    const root = await post(reviewer, { body: 'Is 12% nominal?', claimId })
    const reply = await post(owner, { body: 'Nominal, yes.', parentId: root.id })
    const replyToReply = await post(editor, { body: 'Source?', parentId: reply.id, start: 0, end: 7 }).catch((error: unknown) => error)
    expect(replyToReply).toMatchObject({ code: 'INVALID_INPUT' })
    await post(editor, { body: 'Source?', parentId: reply.id })
    await post(owner, { body: 'On the document' })

    const onClaim = await threads(viewer, { claimId })
    expect(onClaim).toHaveLength(1)
    expect(onClaim[0]).toMatchObject({ id: root.id, claimId, parentId: null, author: 'reviewer', body: 'Is 12% nominal?', html: '<p>Is 12% nominal?</p>', isResolved: false, isDeleted: false, isEdited: false })
    expect(onClaim[0]!.replies.map((r) => [r.body, r.parentId, r.claimId, r.anchor])).toEqual([
      ['Nominal, yes.', root.id, claimId, null],
      ['Source?', root.id, claimId, null],
    ])
    expect((await threads()).map((thread) => thread.body)).toEqual(['Is 12% nominal?', 'On the document'])
    expect((await getDb().comment.findFirstOrThrow({ where: { body: 'Source?' } })).start).toBeNull()
  })

  it('refuses replies to deleted comments or comments of another document', async () => {
    const root = await post(reviewer, { body: 'First' })
    await deleteComment({ actor: reviewer, workspaceId, commentId: root.id, version: 1 })
    await expectAppError(post(owner, { body: 'Reply', parentId: root.id }), 'NOT_FOUND')
    const other = (await createDocument({ actor: owner, workspaceId, title: 'Other', text: 'Imports fell by 3% in 2022.' })).id
    const elsewhere = await createComment({ actor: owner, workspaceId, documentId: other, body: 'Elsewhere' })
    await expectAppError(post(owner, { body: 'Reply', parentId: elsewhere.id }), 'NOT_FOUND')
  })

  it('treats a double submit as one comment', async () => {
    const [first, second] = await Promise.all([post(reviewer, { body: 'Twice?', claimId }), post(reviewer, { body: 'Twice?', claimId })])
    expect(first.id).toBe(second.id)
    expect(await getDb().comment.count({ where: { documentId } })).toBe(1)
  })
})

describe('mentions and notifications', () => {
  it('resolves mentions of members, tells them once, and never the author or non-members', async () => {
    const stranger = await createUser('stranger')
    const body = `@${editor.email} and @${viewer.email.toUpperCase()}: see this. cc @${stranger.email} @${reviewer.email} @nobody@example.test`
    const { id } = await post(reviewer, { body, claimId })
    expect((await stored(id)).mentionedUserIds.sort()).toEqual([editor.id, viewer.id, reviewer.id].sort())
    expect(await inbox(editor)).toMatchObject([{ kind: 'MENTION', actorId: reviewer.id, commentId: id, claimId, documentId, workspaceId }])
    expect(await inbox(viewer)).toHaveLength(1)
    expect(await inbox(reviewer)).toEqual([])
    expect(await inbox(stranger)).toEqual([])

    const [thread] = await threads()
    expect(thread!.html).toContain('<span class="mention" data-mention>@editor</span>')
    expect(thread!.html).toContain(`@${stranger.email}`)
  })

  it('tells the thread starter and earlier repliers about a reply', async () => {
    const root = await post(reviewer, { body: 'Check the base year', claimId })
    await post(editor, { body: 'Agreed', parentId: root.id })
    expect(await inbox(reviewer)).toMatchObject([{ kind: 'REPLY', actorId: editor.id, commentId: expect.any(String) }])
    const last = await post(owner, { body: `Done, @${editor.email}`, parentId: root.id })
    expect((await inbox(reviewer)).map((n) => n.kind)).toEqual(['REPLY', 'REPLY'])
    // the mentioned replier hears of it once, as a mention
    expect(await inbox(editor)).toMatchObject([{ kind: 'MENTION', commentId: last.id }])
    expect(await inbox(owner)).toEqual([])
  })
})

describe('edits', () => {
  it('keeps the previous words, shows edited, and tells only newly mentioned members', async () => {
    const { id } = await post(reviewer, { body: `First try @${editor.email}` })
    await expectAppError(editComment({ actor: owner, workspaceId, commentId: id, version: 1, body: 'Hijack' }), 'FORBIDDEN')
    await expectAppError(editComment({ actor: viewer, workspaceId, commentId: id, version: 1, body: 'Hijack' }), 'FORBIDDEN')
    expect(await editComment({ actor: reviewer, workspaceId, commentId: id, version: 1, body: `Second try @${editor.email} @${owner.email}` })).toEqual({ id, version: 2 })
    // a double submit of the same edit is harmless; a stale one conflicts
    expect(await editComment({ actor: reviewer, workspaceId, commentId: id, version: 1, body: `Second try @${editor.email} @${owner.email}` })).toEqual({ id, version: 2 })
    await expectAppError(editComment({ actor: reviewer, workspaceId, commentId: id, version: 1, body: 'Third' }), 'CONFLICT')

    const [thread] = await threads()
    expect(thread).toMatchObject({ body: `Second try @${editor.email} @${owner.email}`, isEdited: true, editCount: 1, version: 2 })
    expect(await findCommentHistory({ actor: viewer, workspaceId, commentId: id })).toMatchObject([{ body: `First try @${editor.email}`, editedBy: 'reviewer' }])
    expect(await inbox(editor)).toHaveLength(1)
    expect(await inbox(owner)).toMatchObject([{ kind: 'MENTION' }])
    expect((await getDb().activityEvent.findMany({ where: { subjectId: id }, orderBy: { id: 'asc' } })).map((event) => event.action)).toEqual(['comment.created', 'comment.edited'])
  })

  it('refuses oversize and empty edits, writing nothing', async () => {
    const { id } = await post(reviewer, { body: 'Short' })
    const huge = await expectAppError(editComment({ actor: reviewer, workspaceId, commentId: id, version: 1, body: 'x'.repeat(20 * 1024 + 1) }), 'INVALID_INPUT')
    expect(huge.message).toMatch(/body.*20 KB/)
    await expectAppError(editComment({ actor: reviewer, workspaceId, commentId: id, version: 1, body: '  ' }), 'INVALID_INPUT')
    await expectAppError(post(reviewer, { body: 'é'.repeat(10 * 1024 + 1) }), 'INVALID_INPUT')
    expect(await stored(id)).toMatchObject({ body: 'Short', version: 1, editedAt: null })
    expect(await getDb().commentEdit.count({ where: { commentId: id } })).toBe(0)
  })
})

describe('deleting', () => {
  it('is soft: the words stay stored but are never returned, and a thread with replies keeps a placeholder', async () => {
    const root = await post(reviewer, { body: 'Secret words', claimId })
    await post(owner, { body: 'A reply', parentId: root.id })
    const lonely = await post(reviewer, { body: 'Alone' })
    await expectAppError(deleteComment({ actor: viewer, workspaceId, commentId: root.id, version: 1 }), 'FORBIDDEN')
    await expectAppError(deleteComment({ actor: owner, workspaceId, commentId: root.id, version: 7 }), 'CONFLICT')
    await deleteComment({ actor: reviewer, workspaceId, commentId: root.id, version: 1 })
    // twice is harmless
    await deleteComment({ actor: reviewer, workspaceId, commentId: root.id, version: 1 })
    await deleteComment({ actor: editor, workspaceId, commentId: lonely.id, version: 1 })

    const list = await threads()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ id: root.id, isDeleted: true, body: '', html: '', replies: [{ body: 'A reply' }] })
    expect(JSON.stringify(list)).not.toContain('Secret words')
    expect(await stored(root.id)).toMatchObject({ body: 'Secret words', deletedAt: expect.any(Date) })
    await expectAppError(editComment({ actor: reviewer, workspaceId, commentId: root.id, version: 2, body: 'Back' }), 'NOT_FOUND')
    await expectAppError(findCommentHistory({ actor: owner, workspaceId, commentId: root.id }), 'NOT_FOUND')
  })

  it('lets reviewers delete only their own comments', async () => {
    const byEditor = await post(editor, { body: 'Editor note' })
    await expectAppError(deleteComment({ actor: reviewer, workspaceId, commentId: byEditor.id, version: 1 }), 'FORBIDDEN')
    expect((await stored(byEditor.id)).deletedAt).toBeNull()
  })
})

describe('resolving', () => {
  it('resolves and reopens the thread, for reviewers and up, not viewers', async () => {
    const root = await post(reviewer, { body: 'Is this right?', claimId })
    const reply = await post(editor, { body: 'Yes', parentId: root.id })
    await expectAppError(setThreadResolved({ actor: viewer, workspaceId, commentId: root.id, isResolved: true }), 'FORBIDDEN')
    // naming a reply resolves its thread
    expect(await setThreadResolved({ actor: reviewer, workspaceId, commentId: reply.id, isResolved: true })).toEqual({ id: root.id, isResolved: true })
    expect(await setThreadResolved({ actor: editor, workspaceId, commentId: root.id, isResolved: true })).toEqual({ id: root.id, isResolved: true })
    expect((await threads())[0]).toMatchObject({ isResolved: true, resolvedBy: 'reviewer' })
    // resolving does not make the author's open edit conflict
    await editComment({ actor: reviewer, workspaceId, commentId: root.id, version: 1, body: 'Is this right? (fixed)' })
    await setThreadResolved({ actor: owner, workspaceId, commentId: root.id, isResolved: false })
    expect((await threads())[0]).toMatchObject({ isResolved: false, resolvedBy: null, resolvedAt: null })
    const actions = (await getDb().activityEvent.findMany({ where: { subjectId: root.id }, orderBy: { id: 'asc' } })).map((event) => event.action)
    expect(actions).toEqual(['comment.created', 'comment.resolved', 'comment.edited', 'comment.reopened'])
  })
})

describe('bad input', () => {
  it('stores an XSS body as text and renders it escaped', async () => {
    const body = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(2)</script>'
    const { id } = await post(reviewer, { body })
    expect((await stored(id)).body).toBe(body)
    const [thread] = await threads()
    expect(thread!.body).toBe(body)
    expect(thread!.html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1)) &lt;script&gt;alert(2)&lt;/script&gt;</p>')
  })

  it('hides comments from other workspaces', async () => {
    const { id } = await post(reviewer, { body: 'Ours', claimId })
    const stranger = await createUser('stranger')
    const theirs = { actor: stranger, workspaceId: stranger.workspaceId, commentId: id }
    await expectAppError(editComment({ ...theirs, version: 1, body: 'Mine' }), 'NOT_FOUND')
    await expectAppError(deleteComment({ ...theirs, version: 1 }), 'NOT_FOUND')
    await expectAppError(setThreadResolved({ ...theirs, isResolved: true }), 'NOT_FOUND')
    await expectAppError(findCommentHistory(theirs), 'NOT_FOUND')
    await expectAppError(createComment({ actor: stranger, workspaceId: stranger.workspaceId, documentId, body: 'Reply', parentId: id }), 'NOT_FOUND')
    await expectAppError(deleteComment({ actor: stranger, workspaceId, commentId: id, version: 1 }), 'NOT_FOUND')
    expect(await findComments({ actor: stranger, workspaceId: stranger.workspaceId, documentId })).toEqual([])
    expect(await stored(id)).toMatchObject({ body: 'Ours', deletedAt: null, resolvedAt: null })
  })

  it('names the field of a bad version or flag', async () => {
    const { id } = await post(reviewer, { body: 'x' })
    const error = await expectAppError(editComment({ actor: reviewer, workspaceId, commentId: id, version: 'one', body: 'y' }), 'INVALID_INPUT')
    expect(error.fields[0]?.field).toBe('version')
    await expectAppError(setThreadResolved({ actor: reviewer, workspaceId, commentId: id, isResolved: 'yes' }), 'INVALID_INPUT')
  })
})
