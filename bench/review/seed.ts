// A workspace the size the issue names: 200 documents and 20,000 claims (one document
// of 300 claims for the page case), sources, evidence, two ratings on half the claims
// and a comment on a quarter. Documents go through the real import service; the rest
// is inserted in bulk, as a busy team would have made it over months.
import { randomUUID } from 'node:crypto'
import { getDb } from '@/lib/db/client'
import type { Verdict } from '@/lib/db/generated/enums'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '@/tests/support/members'
import { createPasswordAccount } from '@/lib/users/create-password-account'

export const PASSWORD = 'bench password 123'
const VERDICTS: Verdict[] = ['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE']
const BATCH = 5_000

export interface Seeded {
  workspaceId: string
  reviewerEmail: string
  bigDocumentId: string
  claims: { id: string; documentId: string }[]
  documentIds: string[]
}

const sentence = (doc: number, index: number) => `Exports to market ${doc}-${index} rose by ${(index % 40) + 2}% in ${2000 + (index % 25)}, to $${index + 3} billion.`
const article = (doc: number, claims: number) => Array.from({ length: claims }, (_, index) => sentence(doc, index)).join('\n')

export async function seedReviewWorkspace(progress: (line: string) => void): Promise<Seeded> {
  const owner = await createPasswordAccount({ email: 'owner@bench.test', password: PASSWORD, name: 'Bench Owner' })
  const workspaceId = (await getDb().workspace.findFirstOrThrow({ where: { isPersonal: true, memberships: { some: { userId: owner.id } } } })).id
  const reviewers: Awaited<ReturnType<typeof createPasswordAccount>>[] = []
  for (const name of ['Ada', 'Ben', 'Cleo', 'Dev']) {
    const reviewer = await createPasswordAccount({ email: `${name.toLowerCase()}@bench.test`, password: PASSWORD, name })
    await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
    reviewers.push(reviewer)
  }
  const documentIds: string[] = []
  const bigDocumentId = (await createDocument({ actor: owner, workspaceId, title: 'The 300-claim document', text: article(0, 300) })).id
  documentIds.push(bigDocumentId)
  for (let doc = 1; doc < 200; doc++) {
    documentIds.push((await createDocument({ actor: owner, workspaceId, title: `Trade report ${doc}`, text: article(doc, 100) })).id)
    if (doc % 50 === 0) progress(`  ${doc + 1} of 200 documents`)
  }
  const claims = await getDb().claim.findMany({ where: { workspaceId }, select: { id: true, documentId: true }, orderBy: { id: 'asc' } })
  progress(`  ${claims.length} claims`)

  const sources = Array.from({ length: 500 }, (_, index) => ({ id: randomUUID(), workspaceId, url: `https://stats.example.org/table/${index}`, normalizedUrl: `https://stats.example.org/table/${index}`, title: `Trade table ${index}`, type: 'OFFICIAL_STATISTICS' as const, createdById: owner.id }))
  await getDb().source.createMany({ data: sources })
  const evidence = claims.filter((_, index) => index % 4 === 0).map((claim, index) => ({ workspaceId, claimId: claim.id, sourceId: sources[index % sources.length]!.id, stance: 'SUPPORTS' as const, quote: 'Exports rose to the figure given.', figure: '$4 billion', quantityPosition: 1, createdById: reviewers[0]!.id }))
  const ratings = claims.filter((_, index) => index % 2 === 0).flatMap((claim, index) =>
    reviewers.slice(0, 2).map((reviewer, which) => ({ workspaceId, claimId: claim.id, userId: reviewer.id, verdict: VERDICTS[(index + which) % VERDICTS.length]!, confidence: ((index + which) % 5) + 1, rationale: 'Checked against the national statistics table.' })),
  )
  const comments = claims.filter((_, index) => index % 4 === 1).map((claim) => ({ workspaceId, documentId: claim.documentId, claimId: claim.id, authorId: reviewers[1]!.id, body: 'Which year does the source use?' }))
  for (const [name, rows, insert] of [
    ['evidence', evidence, (data: typeof evidence) => getDb().evidence.createMany({ data })],
    ['ratings', ratings, (data: typeof ratings) => getDb().rating.createMany({ data })],
    ['comments', comments, (data: typeof comments) => getDb().comment.createMany({ data })],
  ] as const) {
    for (let at = 0; at < rows.length; at += BATCH) await (insert as (data: unknown[]) => Promise<unknown>)(rows.slice(at, at + BATCH))
    progress(`  ${rows.length} ${name}`)
  }
  return { workspaceId, reviewerEmail: reviewers[2]!.email, bigDocumentId, claims, documentIds }
}
