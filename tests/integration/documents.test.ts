import { describe, expect, it } from 'vitest'
import { createDocument } from '@/lib/documents/create-document'
import { findDocuments } from '@/lib/documents/find-documents'
import { getDocumentById } from '@/lib/documents/get-document'
import { getDb } from '@/lib/db/client'
import { addMember } from '../support/members'
import { contentHash } from '@/lib/text/content-hash'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const ARTICLE = 'Global investment rose from $8 billion in 2014\r\nto over $110 billion in 2024.\n\n'

describe('createDocument', () => {
  it('stores the canonical text as revision 1 with its hash, and logs it', async () => {
    const owner = await createUser('owner')
    const document = await createDocument({
      actor: owner,
      workspaceId: owner.workspaceId,
      title: '  AI investment ',
      author: '',
      publishedAt: '2024-05-31',
      sourceUrl: 'https://example.com/a',
      text: ARTICLE,
    })
    const canonical = 'Global investment rose from $8 billion in 2014\nto over $110 billion in 2024.'
    const read = await getDocumentById({ actor: owner, workspaceId: owner.workspaceId, documentId: document.id })
    expect(read).toMatchObject({ title: 'AI investment', author: null, sourceUrl: 'https://example.com/a', contentHash: contentHash(canonical) })
    expect(read.publishedAt?.toISOString()).toBe('2024-05-31T00:00:00.000Z')
    expect(read.revision).toMatchObject({ number: 1, text: canonical, contentHash: contentHash(canonical) })
    expect(read.revisionCount).toBe(1)
    const event = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: document.id } })
    expect(event).toMatchObject({ action: 'document.created', actorId: owner.id, workspaceId: owner.workspaceId })
  })

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const owner = await createUser('owner')
    const base = { actor: owner, workspaceId: owner.workspaceId, title: 'T', text: 'Some text' }
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(5 * 1024 * 1024 + 1) }, 'text'],
      [{ title: '' }, 'title'],
      [{ publishedAt: '2023-13-01' }, 'publishedAt'],
      [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
      [{ title: 'x'.repeat(301) }, 'title'],
    ]
    for (const [override, field] of cases) {
      const error = await expectAppError(createDocument({ ...base, ...override }), 'INVALID_INPUT')
      expect(error.fields.map((issue) => issue.field)).toContain(field)
    }
    expect(await getDb().document.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
    expect(await getDb().documentRevision.count({ where: { document: { workspaceId: owner.workspaceId } } })).toBe(0)
  })

  it('lets owners and editors create, not reviewers or viewers', async () => {
    const owner = await createUser('owner')
    for (const role of ['EDITOR', 'REVIEWER', 'VIEWER'] as const) {
      const member = await createUser(role)
      await addMember({ actor: owner, workspaceId: owner.workspaceId, email: member.email, role })
      const attempt = createDocument({ actor: member, workspaceId: owner.workspaceId, title: role, text: 'Text' })
      if (role === 'EDITOR') await expect(attempt).resolves.toMatchObject({ title: 'EDITOR' })
      else await expectAppError(attempt, 'FORBIDDEN')
    }
    const visible = await findDocuments({ actor: owner, workspaceId: owner.workspaceId })
    expect(visible.map((document) => document.title)).toEqual(['EDITOR'])
  })
})
