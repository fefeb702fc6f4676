import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Actor } from '@/lib/auth/actor'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { rateClaim } from '@/lib/reviews/rate-claim'
import { createSource } from '@/lib/sources/create-source'
import { getDb } from '@/lib/db/client'
import { createPasswordAccount } from '@/lib/users/create-password-account'

export const DEMO_EMAIL = 'demo@claimtrack.local'
const SEED_ARTICLE = path.join(process.cwd(), 'prisma/seed/china-russia-ai-cooperation.txt')

export type SeedResult = { created: false } | { created: true; email: string; password: string; workspaceId: string; documentId: string }

// Creates the demo user, their workspace and the seed article, through the same
// services the app uses. Does nothing when the demo user already exists.
export async function seedDemo(): Promise<SeedResult> {
  const existing = await getDb().user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } })
  if (existing) return { created: false }
  // A fresh random password per database: a demo on a shared server is not open to all.
  const password = randomBytes(9).toString('base64url')
  const actor = await createPasswordAccount({ email: DEMO_EMAIL, password, name: 'Demo Reviewer' }, { isEmailVerified: true })
  const workspace = await getDb().workspace.findFirstOrThrow({ where: { isPersonal: true, memberships: { some: { userId: actor.id } } } })
  const [title = 'Demo article', ...body] = (await readFile(SEED_ARTICLE, 'utf8')).split('\n')
  const document = await createDocument({
    actor,
    workspaceId: workspace.id,
    title,
    text: body.join('\n'),
    publisher: 'Seed article (opinion)',
  })
  await seedReview(actor, workspace.id, document.id)
  return { created: true, email: DEMO_EMAIL, password, workspaceId: workspace.id, documentId: document.id }
}

// A claim already under review, so the panel shows what review looks like: a source
// with the figure it gives, a rating, a comment.
async function seedReview(actor: Actor, workspaceId: string, documentId: string) {
  const claims = await findClaims({ actor, workspaceId, documentId })
  const claim = claims.find((candidate) => candidate.quote.includes('$110 billion'))
  if (!claim) return
  const { source } = await createSource({ actor, workspaceId, url: 'https://www.example.org/ai-investment-tracker', title: 'AI investment tracker (example source)', publisher: 'Example Statistics Office', type: 'OFFICIAL_STATISTICS', reliability: 4 })
  const position = claim.quantities.findIndex((quantity) => quantity.text.includes('110'))
  await addEvidence({ actor, workspaceId, claimId: claim.id, sourceId: source.id, stance: 'SUPPORTS', quote: 'Private investment in AI reached $113.5 billion in 2024.', locator: 'Table 2', figure: '$113.5 billion', quantityPosition: Math.max(0, position) })
  await rateClaim({ actor, workspaceId, claimId: claim.id, verdict: 'ACCURATE_WITH_CAVEATS', confidence: 3, rationale: 'The tracker gives $113.5 billion, so “over $110 billion” holds; the 2014 baseline comes from a different series.' })
  await createComment({ actor, workspaceId, documentId, claimId: claim.id, body: 'Is the **2014** figure from the same series as 2024? A second source would settle it.' })
}

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await getDb().user.count()) === 0
}

export function describeSeed(result: SeedResult): string {
  if (!result.created) return `Demo data already present (user ${DEMO_EMAIL}).`
  return `Demo data created. Sign in as ${result.email} with password ${result.password}`
}
