import { beforeEach, describe, expect, it } from 'vitest'
import { createComment } from '@/lib/comments/create-comment'
import { deleteComment } from '@/lib/comments/delete-comment'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { getRevision } from '@/lib/documents/get-revision'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2023.\nImports fell to $4 billion.\nThe minister called it a triumph.'
// Edit 1 adds a lead: every comment moves. Edit 2 drops the line on imports.
const MOVED = 'Trade news.\nExports rose by 12% in 2023.\nImports fell to $4 billion.\nThe minister called it a triumph.'
const CUT = 'Trade news.\nExports rose by 12% in 2023.\nThe minister called it a triumph.'

let owner: Awaited<ReturnType<typeof createUser>>
let workspaceId: string
let documentId: string

beforeEach(async () => {
  owner = await createUser('owner')
  workspaceId = owner.workspaceId
  documentId = (await createDocument({ actor: owner, workspaceId, title: 'Trade', text: TEXT })).id
})

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, quote: words })
const comment = (body: string, words: string) => createComment({ actor: owner, workspaceId, documentId, body, start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length })
const edit = (baseNumber: number, text: string) => saveRevision({ actor: owner, workspaceId, documentId, baseNumber, content: documentFromBlocks(text, null) })
const shown = async (number: number) => (await getRevision({ actor: owner, workspaceId, documentId, number })).comments.map(({ body, start, end, quote }) => ({ body, start, end, quote }))

describe('comments of a revision', () => {
  it('shows each revision with its comments where they stood in it, through a move and a cut', async () => {
    await comment('Which **exports**?', 'Exports rose')
    await comment('Source?', 'Imports fell')
    expect(await shown(1)).toEqual([
      { body: 'Which **exports**?', ...at(TEXT, 'Exports rose') },
      { body: 'Source?', ...at(TEXT, 'Imports fell') },
    ])

    await edit(1, MOVED)
    const inMoved = [
      { body: 'Which **exports**?', ...at(MOVED, 'Exports rose') },
      { body: 'Source?', ...at(MOVED, 'Imports fell') },
    ]
    expect(await shown(2)).toEqual(inMoved)
    // revision 1 keeps the old offsets, and renders the body as on the document
    expect(await shown(1)).toEqual([
      { body: 'Which **exports**?', ...at(TEXT, 'Exports rose') },
      { body: 'Source?', ...at(TEXT, 'Imports fell') },
    ])
    const [first] = (await getRevision({ actor: owner, workspaceId, documentId, number: 1 })).comments
    expect(first).toMatchObject({ author: expect.any(String), html: '<p>Which <strong>exports</strong>?</p>', createdAt: expect.any(String) })

    expect((await edit(2, CUT)).summary).toMatchObject({ commentsOrphaned: 1 })
    // the orphaned comment stays in the revisions that had its words, once each
    expect(await shown(2)).toEqual(inMoved)
    expect(await shown(1)).toHaveLength(2)
    expect(await shown(3)).toEqual([{ body: 'Which **exports**?', ...at(CUT, 'Exports rose') }])
    expect(await getDb().commentAnchor.count({ where: { comment: { documentId } } })).toBe(4) // both comments' anchors, kept by each edit
  })

  it('keeps a comment whose words the first edit cut in revision 1 as it was, and leaves it out of the latest', async () => {
    await comment('Source?', 'Imports fell')
    await edit(1, CUT)
    expect(await shown(1)).toEqual([{ body: 'Source?', ...at(TEXT, 'Imports fell') }])
    expect(await shown(2)).toEqual([])
  })

  it('keeps the old quote when an edit changes the commented words', async () => {
    await comment('Really?', 'The minister called it a triumph')
    await edit(1, TEXT.replace('a triumph', 'a real triumph'))
    const [old] = await shown(1)
    expect(old).toEqual({ body: 'Really?', ...at(TEXT, 'The minister called it a triumph') })
    const edited = TEXT.replace('a triumph', 'a real triumph')
    expect(await shown(2)).toEqual([{ body: 'Really?', ...at(edited, 'The minister called it a real triumph') }])
  })

  it('leaves deleted comments out of every revision', async () => {
    const kept = await comment('Which exports?', 'Exports rose')
    const gone = await comment('Source?', 'Imports fell')
    await edit(1, MOVED)
    await deleteComment({ actor: owner, workspaceId, commentId: gone.id, version: 1 })
    expect(kept.id).not.toBe(gone.id)
    await edit(2, CUT)
    for (const number of [1, 2, 3]) expect((await shown(number)).map((view) => view.body)).toEqual(['Which exports?'])
  })

  it('shows no revision, nor its comments, to a member of another workspace', async () => {
    await comment('Which exports?', 'Exports rose')
    await edit(1, MOVED)
    const stranger = await createUser('stranger')
    await expectAppError(getRevision({ actor: stranger, workspaceId, documentId, number: 1 }), 'NOT_FOUND')
    await expectAppError(getRevision({ actor: stranger, workspaceId: stranger.workspaceId, documentId, number: 1 }), 'NOT_FOUND')
  })
})
