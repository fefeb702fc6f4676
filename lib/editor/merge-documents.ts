import { diff3Merge } from 'node-diff3'
import type { EditorBlock, EditorDocument } from './editor-document'

// Three-way merge of two concurrent edits of `base`, one top-level block at a time
// (a paragraph, heading, whole list or whole quote). Changes from only one side are
// taken. Where both sides changed the same blocks differently, theirs (saved first)
// come first and mine after: nothing either author wrote is lost, and `conflicts`
// counts such regions so the caller can tell the user to look. Both sides changing a
// block the same way is no conflict. The result may need canonicalizeDocument
// again only if an input was not canonical; it can be empty when the two sides
// together deleted everything, which the caller rejects as for any empty save.
export function mergeDocuments(
  base: EditorDocument,
  theirs: EditorDocument,
  mine: EditorDocument,
): { content: EditorDocument; conflicts: number } {
  // Blocks are compared by their JSON; the merge works on those strings and maps
  // them back, so the result holds the very block objects of the inputs.
  const byKey = new Map<string, EditorBlock>()
  const keysOf = (doc: EditorDocument) =>
    doc.content.map((block) => {
      const key = JSON.stringify(block)
      byKey.set(key, block)
      return key
    })
  const regions = diff3Merge(keysOf(theirs), keysOf(base), keysOf(mine), { excludeFalseConflicts: true })
  const keys: string[] = []
  let conflicts = 0
  for (const region of regions) {
    if (region.ok) keys.push(...region.ok)
    if (region.conflict) {
      conflicts += 1
      keys.push(...region.conflict.a, ...region.conflict.b)
    }
  }
  return { content: { type: 'doc', content: keys.map((key) => byKey.get(key)!) }, conflicts }
}
