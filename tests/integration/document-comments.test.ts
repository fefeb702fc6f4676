import { beforeEach, describe, expect, it } from 'vitest'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { addMember } from '../support/members'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2023.\nThe minister called it a triumph of planning.'

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
})

const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length })
const comments = () => findComments({ actor: owner, workspaceId, documentId })

describe('comments on a selection', () => {
  it('stores W3C selectors and follows the words through an edit, or is orphaned with its last quote', async () => {
    await createComment({ actor: owner, workspaceId, documentId, body: 'Which exports?', ...span('Exports rose') })
    await createComment({ actor: owner, workspaceId, documentId, body: 'Source for <b>this</b>?', ...span('triumph of planning') })
    // a drag from the end of the line before selects only the words
    await createComment({ actor: owner, workspaceId, documentId, body: 'Who?', start: TEXT.indexOf('\n'), end: TEXT.indexOf(' called') })
    expect(await getDb().comment.findFirstOrThrow({ where: { body: 'Who?' } })).toMatchObject({ quote: 'The minister', start: TEXT.indexOf('The') })
    const stored = await getDb().comment.findFirstOrThrow({ where: { body: 'Which exports?' } })
    expect(stored).toMatchObject({ start: 0, end: 12, quote: 'Exports rose', prefix: '', suffix: ' by 12% in 2023.\nThe minister ca' })

    const edited = ['A new first line.', 'Exports rose by 12% in 2023.', 'Nothing to add.']
    const saved = await saveRevision({ actor: owner, workspaceId, documentId, baseNumber: 1, content: documentFromBlocks(edited.join('\n'), null) })
    expect(saved.summary).toMatchObject({ commentsOrphaned: 2 }) // the minister's line is gone
    const [moved, orphaned] = (await comments()).filter((comment) => comment.body !== 'Who?')
    expect(moved).toMatchObject({ body: 'Which exports?', anchor: { start: 18, end: 30, quote: 'Exports rose' }, isOrphaned: false })
    expect(orphaned).toMatchObject({ body: 'Source for <b>this</b>?', anchor: null, isOrphaned: true, lastQuote: 'triumph of planning' })
  })

  it('refuses blank, oversize and out-of-text comments, writing nothing', async () => {
    await expectAppError(createComment({ actor: owner, workspaceId, documentId, body: '   ' }), 'INVALID_INPUT')
    const huge = await expectAppError(createComment({ actor: owner, workspaceId, documentId, body: 'x'.repeat(20 * 1024 + 1) }), 'INVALID_INPUT')
    expect(huge.message).toMatch(/20 KB/)
    await expectAppError(createComment({ actor: owner, workspaceId, documentId, body: 'Hm', start: 28, end: 29 }), 'INVALID_INPUT')
    await expectAppError(createComment({ actor: owner, workspaceId, documentId, body: 'Hm', start: 0, end: TEXT.length + 1 }), 'INVALID_INPUT')
    await expectAppError(createComment({ actor: owner, workspaceId, documentId, body: 'Hm', start: 4 }), 'INVALID_INPUT')
    await expectAppError(createComment({ actor: owner, workspaceId, documentId, body: 'Hm', claimId: 'not-a-claim' }), 'NOT_FOUND')
    expect(await getDb().comment.count({ where: { documentId } })).toBe(0)
  })

  it('lets reviewers comment, not viewers, and hides the document from other workspaces', async () => {
    const reviewer = await createUser('reviewer')
    const viewer = await createUser('viewer')
    await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
    await addMember({ actor: owner, workspaceId, email: viewer.email, role: 'VIEWER' })
    await createComment({ actor: reviewer, workspaceId, documentId, body: 'Checked.', ...span('12%') })
    await expectAppError(createComment({ actor: viewer, workspaceId, documentId, body: 'Me too' }), 'FORBIDDEN')
    expect(await findComments({ actor: viewer, workspaceId, documentId })).toHaveLength(1)
    const stranger = await createUser('stranger')
    await expectAppError(createComment({ actor: stranger, workspaceId, documentId, body: 'Hi' }), 'NOT_FOUND')
    expect(await findComments({ actor: stranger, workspaceId: stranger.workspaceId, documentId })).toEqual([])
  })
})
