// Workspaces for the export benchmark: documents through the real import service (so
// claims and quantities are the engine's), then a verified verdict, evidence, ratings
// (with history) and comments inserted in bulk, as a team would have made them.
import { randomUUID } from 'node:crypto'
import { getDb } from '@/lib/db/client'
import type { Verdict } from '@/lib/db/generated/enums'
import { createDocument } from '@/lib/documents/create-document'
import { addMember } from '@/tests/support/members'
import { createPasswordAccount } from '@/lib/users/create-password-account'

const VERDICTS: Verdict[] = ['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE']
const BATCH = 5_000

const sentence = (doc: number, index: number) => `Exports to market ${doc}-${index} rose by ${(index % 40) + 2}% in ${2000 + (index % 25)}, to $${index + 3} billion.`
const article = (doc: number, claims: number) => Array.from({ length: claims }, (_, index) => sentence(doc, index)).join('\n')

export interface SeededWorkspace {
  workspaceId: string
  documentIds: string[]
  claimCount: number
}

// documents × claimsPerDocument claims (each sentence is one claim with its figures).
export async function seedExportWorkspace(label: string, documents: number, claimsPerDocument: number, progress: (line: string) => void): Promise<SeededWorkspace> {
  const owner = await createPasswordAccount({ email: `owner-${label}@bench.test`, password: 'bench password 123', name: `Owner ${label}` })
  const workspaceId = (await getDb().workspace.findFirstOrThrow({ where: { isPersonal: true, memberships: { some: { userId: owner.id } } } })).id
  const reviewers: Awaited<ReturnType<typeof createPasswordAccount>>[] = []
  for (const name of ['ada', 'ben']) {
    const reviewer = await createPasswordAccount({ email: `${name}-${label}@bench.test`, password: 'bench password 123', name })
    await addMember({ actor: owner, workspaceId, email: reviewer.email, role: 'REVIEWER' })
    reviewers.push(reviewer)
  }
  const documentIds: string[] = []
  for (let doc = 0; doc < documents; doc++) {
    documentIds.push((await createDocument({ actor: owner, workspaceId, title: `Trade report ${label} ${doc}`, sourceUrl: `https://paper.example/${label}/${doc}`, author: 'Jane Writer', text: article(doc, claimsPerDocument) })).id)
    if ((doc + 1) % 50 === 0) progress(`  ${label}: ${doc + 1} of ${documents} documents`)
  }
  const claims = await getDb().claim.findMany({ where: { workspaceId }, select: { id: true, documentId: true }, orderBy: { id: 'asc' } })
  const db = getDb()
  const sources = Array.from({ length: 200 }, (_, index) => ({ id: randomUUID(), workspaceId, url: `https://stats.example.org/${label}/${index}`, normalizedUrl: `https://stats.example.org/${label}/${index}`, title: `Trade table ${index}`, type: 'OFFICIAL_STATISTICS' as const, createdById: owner.id }))
  await db.source.createMany({ data: sources })
  const evidence = claims.map((claim, index) => ({ workspaceId, claimId: claim.id, sourceId: sources[index % sources.length]!.id, stance: 'SUPPORTS' as const, quote: 'Exports rose to the figure given, says table 4.', locator: 'table 4', figure: '$4 billion', quantityPosition: 2, createdById: reviewers[0]!.id }))
  const ratings = claims.flatMap((claim, index) => [
    { workspaceId, claimId: claim.id, userId: reviewers[0]!.id, verdict: VERDICTS[(index + 1) % 6]!, confidence: 2, rationale: 'First look.', supersededAt: new Date() },
    { workspaceId, claimId: claim.id, userId: reviewers[0]!.id, verdict: VERDICTS[index % 6]!, confidence: 4, rationale: 'Checked against the national statistics table.' },
    { workspaceId, claimId: claim.id, userId: reviewers[1]!.id, verdict: VERDICTS[index % 6]!, confidence: 3, rationale: 'Agree with the table.' },
  ])
  const comments = claims.filter((_, index) => index % 4 === 0).map((claim) => ({ workspaceId, documentId: claim.documentId, claimId: claim.id, authorId: reviewers[1]!.id, body: 'Which year does the source use?' }))
  for (const [rows, insert] of [
    [evidence, (data: typeof evidence) => db.evidence.createMany({ data })],
    [ratings, (data: typeof ratings) => db.rating.createMany({ data })],
    [comments, (data: typeof comments) => db.comment.createMany({ data })],
  ] as const) {
    for (let at = 0; at < rows.length; at += BATCH) await (insert as (data: unknown[]) => Promise<unknown>)(rows.slice(at, at + BATCH))
  }
  // every claim verified with its reviewers' verdict
  await db.$executeRaw`UPDATE "Claim" c SET status = 'VERIFIED', verdict = r.verdict, "verdictById" = ${owner.id}, "verdictAt" = now() FROM "Rating" r WHERE r."claimId" = c.id AND r."supersededAt" IS NULL AND r."userId" = ${reviewers[1]!.id} AND c."workspaceId" = ${workspaceId}`
  progress(`  ${label}: ${claims.length} claims, ${evidence.length} evidence, ${ratings.length} ratings, ${comments.length} comments`)
  return { workspaceId, documentIds, claimCount: claims.length }
}
