// "One of" rules held by unique indexes (the unique_pending_and_live migration), not
// by checks in code that racing requests can all pass: requests fired in parallel,
// one wins, the others get the same 409 a lone duplicate gets.
import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { saveRevision } from '@/lib/documents/save-revision'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { AppError } from '@/lib/errors'
import { inviteMember } from '@/lib/members/invite-member'
import { contentHash } from '@/lib/text/content-hash'
import { expectAppError } from '../support/app-error'
import { createUser } from '../support/users'

const TEXT = 'Exports rose by 12% in 2024, to over $4.5 billion.\n\nImports fell 3% in 2023.'
const RACERS = 6

async function race<T>(attempt: () => Promise<T>) {
  const results = await Promise.allSettled(Array.from({ length: RACERS }, attempt))
  const won = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []))
  return { won, lost }
}

describe('one live document per text in a workspace', () => {
  it('lets one of six simultaneous imports of the same text through; the others are told which document it is', async () => {
    const owner = await createUser('owner')
    const { won, lost } = await race(() => createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Trade', text: TEXT }))
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(RACERS - 1)
    for (const error of lost) {
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'CONFLICT', details: { existingDocumentId: won[0]!.id } })
    }
    expect(await getDb().document.count({ where: { workspaceId: owner.workspaceId } })).toBe(1)
    // Nothing half-written by the losers.
    expect(await getDb().claim.count({ where: { workspaceId: owner.workspaceId } })).toBe(won[0]!.claimCount)
  })

  it('is the database’s rule: a second live row with the text is refused, an archived one frees it', async () => {
    const owner = await createUser('owner')
    const first = await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Trade', text: TEXT })
    const copy = { workspaceId: owner.workspaceId, title: 'Copy', contentHash: contentHash(TEXT), createdById: owner.id }
    await expect(getDb().document.create({ data: copy })).rejects.toMatchObject({ code: 'P2002' })
    await getDb().document.update({ where: { id: first.id }, data: { archivedAt: new Date() } })
    const again = await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Trade again', text: TEXT })
    expect(again.id).not.toBe(first.id)
    // Other workspaces hold their own copy.
    const other = await createUser('other')
    await createDocument({ actor: other, workspaceId: other.workspaceId, title: 'Trade', text: TEXT })
  })

  it('refuses an edit that makes a document’s text another live document’s, naming it', async () => {
    const owner = await createUser('owner')
    const text = 'Exports rose by 12% in 2024, to over $4.5 billion.\nImports fell 3% in 2023.'
    const original = await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Trade', text })
    const draft = await createDocument({ actor: owner, workspaceId: owner.workspaceId, title: 'Draft', text: 'Imports fell 3% in 2023.' })
    const edit = saveRevision({ actor: owner, workspaceId: owner.workspaceId, documentId: draft.id, baseNumber: 1, content: documentFromBlocks(text, null) })
    const error = await expectAppError(edit, 'CONFLICT')
    expect(error.message).toContain('“Trade”')
    expect(error.details).toEqual({ existingDocumentId: original.id })
    expect(await getDb().documentRevision.count({ where: { documentId: draft.id } })).toBe(1)
  })
})

describe('one pending invitation per workspace and address', () => {
  it('lets one of six simultaneous invitations of an address through; the others say it is invited already', async () => {
    const owner = await createUser('owner')
    const email = `invited-${Math.random().toString(36).slice(2)}@example.com`
    const { won, lost } = await race(() => inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'EDITOR' }))
    expect(won).toHaveLength(1)
    for (const error of lost) expect(error).toMatchObject({ code: 'CONFLICT', message: `${email} has already been invited. Resend the invitation from the list instead.` })
    expect(await getDb().invitation.count({ where: { workspaceId: owner.workspaceId, email } })).toBe(1)
    const second = { workspaceId: owner.workspaceId, email, role: 'VIEWER' as const, invitedById: owner.id }
    await expect(getDb().invitation.create({ data: second })).rejects.toMatchObject({ code: 'P2002' })
  })

  it('replaces an expired invitation, keeping it as revoked', async () => {
    const owner = await createUser('owner')
    const email = `late-${Math.random().toString(36).slice(2)}@example.com`
    const first = await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'EDITOR' })
    await getDb().invitation.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const second = await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'REVIEWER' })
    const rows = await getDb().invitation.findMany({ where: { workspaceId: owner.workspaceId, email }, orderBy: { createdAt: 'asc' } })
    expect(rows.map((row) => [row.id, row.revokedAt !== null, row.pendingEmail])).toEqual([
      [first.id, true, null],
      [second.id, false, email],
    ])
  })
})
