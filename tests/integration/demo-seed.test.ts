import { expect, it } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { findComments } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import { seedDemo } from '@/lib/demo/seed-demo'
import { findEvidence } from '@/lib/evidence/find-evidence'

it('seeds the demo article with a claim under review: evidence that matches, a rating, a comment', async () => {
  const seeded = await seedDemo()
  if (!seeded.created) throw new Error('the demo was already there')
  const actor = await getDb().user.findUniqueOrThrow({ where: { email: seeded.email }, select: { id: true, email: true, name: true } })
  const input = { actor, workspaceId: seeded.workspaceId, documentId: seeded.documentId }
  const claim = (await findClaims(input)).find((candidate) => candidate.quote.includes('$110 billion'))!
  expect(claim.status).toBe('IN_REVIEW')
  const [evidence] = await findEvidence({ ...input, claimId: claim.id })
  expect(evidence?.comparison).toEqual({ kind: 'matches' })
  expect(await findComments({ ...input, claimId: claim.id })).toHaveLength(1)
  expect(await seedDemo()).toEqual({ created: false })
})
