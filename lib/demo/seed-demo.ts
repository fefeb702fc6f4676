import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createDocument } from '@/lib/documents/create-document'
import { getDb } from '@/lib/db/client'
import { signUp } from '@/lib/users/sign-up'

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
  const actor = await signUp({ email: DEMO_EMAIL, password, name: 'Demo Reviewer' })
  const workspace = await getDb().workspace.findFirstOrThrow({ where: { isPersonal: true, memberships: { some: { userId: actor.id } } } })
  const [title = 'Demo article', ...body] = (await readFile(SEED_ARTICLE, 'utf8')).split('\n')
  const document = await createDocument({
    actor,
    workspaceId: workspace.id,
    title,
    text: body.join('\n'),
    publisher: 'Seed article (opinion)',
  })
  return { created: true, email: DEMO_EMAIL, password, workspaceId: workspace.id, documentId: document.id }
}

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await getDb().user.count()) === 0
}

export function describeSeed(result: SeedResult): string {
  if (!result.created) return `Demo data already present (user ${DEMO_EMAIL}).`
  return `Demo data created. Sign in as ${result.email} with password ${result.password}`
}
