import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { parseInput } from '@/lib/validation'
import { prepareImport } from './prepare-import'
import { saveImport } from './save-import'
import { ZCreateDocument } from './schemas'

// A document from pasted text (the JSON API): the same path as a file import, so the
// text is canonical, deduplicated and its claims extracted.
export async function createDocument({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, text, ...metadata } = parseInput(ZCreateDocument, input)
  const prepared = await prepareImport({ actor, workspaceId, source: { kind: 'paste', text }, metadata })
  return saveImport({ actor, prepared })
}
