import 'server-only'
import { z } from 'zod'
import { recordActivity } from '@/lib/activity/record-activity'
import { textQuoteSelector, trimSpan } from '@/lib/anchor/selectors'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { insertSpanClaims } from '@/lib/claims/insert-span-claims'
import { findMembers } from '@/lib/comments/comment-records'
import { MAX_COMMENT_BYTES } from '@/lib/comments/schemas'
import { getDb } from '@/lib/db/client'
import type { ClaimKind } from '@/lib/db/generated/enums'
import { lockLatestRevision } from '@/lib/documents/lock-document'
import { CLAIM_KINDS } from '@/lib/extract/types'
import { parseMentions } from '@/lib/markdown/mentions'
import { parseInput, ZId } from '@/lib/validation'
import { parseOrThrow } from './issues'
import { placeQuote } from './place-quote'
import { ZAnnotationCollection, type ImportedAnnotation } from './w3c-schema'

const ZImportRef = z.object({ workspaceId: ZId, documentId: ZId })
const CLAIM_MOTIVATIONS = ['assessing', 'describing', 'classifying']
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 }

// Searches for edited words cover the whole text: a bounded number per import.
const MAX_EDITED_SEARCHES = 100

export interface ImportedAnnotationResult {
  // The annotation's own id, or its position in the collection when it has none.
  id: string
  // claim / comment: made; existing: a current claim already covers exactly these
  // words; orphaned: its words were not found, or not unambiguously; invalid: nothing
  // this app can make of it (another motivation, an empty comment), with why.
  status: 'claim' | 'comment' | 'existing' | 'orphaned' | 'invalid'
  start?: number
  end?: number
  claimId?: string
  commentId?: string
  reason?: string
}

// Loads a W3C AnnotationCollection onto a document's current revision: assessing,
// describing and classifying annotations become MANUAL claims, commenting ones
// comments on the selection. Each is placed by its quote and context (place-quote.ts).
// One transaction: a malformed collection is refused whole, naming each bad path.
export async function importW3cAnnotations({ actor, collection, ...input }: { actor: Actor; collection?: unknown } & Record<string, unknown>) {
  const { workspaceId, documentId } = parseInput(ZImportRef, input)
  const parsed = parseOrThrow(ZAnnotationCollection, collection, 'The annotation collection is not valid')
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.edit')
    const revision = await lockLatestRevision(tx, workspaceId, documentId, 'claims')
    const current = await tx.claim.findMany({ where: { workspaceId, documentId, revisionId: revision.id, dismissedAt: null, supersededAt: null, orphanedAt: null }, select: { id: true, start: true, end: true } })
    const claimAt = new Map(current.map((claim) => [`${claim.start}:${claim.end}`, claim.id]))
    const results: ImportedAnnotationResult[] = []
    const newClaims: { result: ImportedAnnotationResult; start: number; end: number; kind: ClaimKind | null }[] = []
    const newComments: { result: ImportedAnnotationResult; start: number; end: number; body: string }[] = []
    let editedSearches = 0
    parsed.first.items.forEach((annotation, index) => {
      const result: ImportedAnnotationResult = { id: annotation.id ?? `#${index}`, status: 'invalid' }
      results.push(result)
      const motivation = annotation.motivation.find((name) => name === 'commenting' || CLAIM_MOTIVATIONS.includes(name))
      if (!motivation) return void (result.reason = `motivation ${annotation.motivation.join(', ') || '(none)'} is not one of assessing, describing, classifying, commenting`)
      const body = motivation === 'commenting' ? commentBody(annotation) : ''
      if (motivation === 'commenting' && !body) return void (result.reason = 'a commenting annotation needs a TextualBody with the comment')
      if (new TextEncoder().encode(body).length > MAX_COMMENT_BYTES) return void (result.reason = 'the comment is longer than 20 KB')
      const quote = annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector')!
      const position = annotation.target.selector.find((selector) => selector.type === 'TextPositionSelector')
      const isEditedAllowed = editedSearches < MAX_EDITED_SEARCHES
      const placement = placeQuote(revision.text, { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position?.start }, { allowEdited: isEditedAllowed })
      if (isEditedAllowed && !revision.text.includes(quote.exact)) editedSearches++
      if (placement.status === 'orphaned' || !revision.text.slice(placement.start, placement.end).trim()) return void (result.status = 'orphaned')
      const span = trimSpan(revision.text, placement.start, placement.end)
      Object.assign(result, span)
      if (motivation === 'commenting') return void newComments.push({ result, ...span, body })
      const existing = claimAt.get(`${span.start}:${span.end}`)
      if (existing) return void Object.assign(result, { status: 'existing', claimId: existing })
      claimAt.set(`${span.start}:${span.end}`, '(new)')
      newClaims.push({ result, ...span, kind: claimKind(annotation) })
    })

    const ids = await insertSpanClaims(tx, { workspaceId, documentId, revisionId: revision.id, text: revision.text }, newClaims.map(({ start, end }) => ({ start, end })), 'MANUAL', actor.id)
    for (const kind of CLAIM_KINDS) {
      const ofKind = ids.filter((_, index) => newClaims[index]!.kind === kind)
      if (ofKind.length) await tx.claim.updateMany({ where: { id: { in: ofKind } }, data: { kind } })
    }
    for (const [index, claim] of newClaims.entries()) {
      Object.assign(claim.result, { status: 'claim', claimId: ids[index]! })
      await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: ids[index]!, documentId, claimId: ids[index]!, action: 'claim.created', after: { start: claim.start, end: claim.end, quote: revision.text.slice(claim.start, claim.end), kind: claim.kind ?? undefined, importedFrom: claim.result.id } })
    }
    const members = newComments.length ? await findMembers(tx, workspaceId) : []
    for (const comment of newComments) {
      const { exact, prefix, suffix } = textQuoteSelector(revision.text, comment.start, comment.end)
      const row = await tx.comment.create({
        data: { workspaceId, documentId, authorId: actor.id, body: comment.body, mentionedUserIds: parseMentions(comment.body, members), revisionId: revision.id, start: comment.start, end: comment.end, quote: exact, prefix, suffix },
        select: { id: true },
      })
      Object.assign(comment.result, { status: 'comment', commentId: row.id })
      await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Comment', subjectId: row.id, documentId, action: 'comment.created', after: { documentId, start: comment.start, end: comment.end, body: comment.body, importedFrom: comment.result.id } })
    }
    return { revisionNumber: revision.number, results }
  }, TRANSACTION_OPTIONS)
}

function textBodies(annotation: ImportedAnnotation) {
  return annotation.body.flatMap((body) => (typeof body === 'object' && typeof body.value === 'string' && (body.type === undefined || body.type === 'TextualBody') ? [body] : []))
}

function commentBody(annotation: ImportedAnnotation): string {
  const bodies = textBodies(annotation)
  const body = bodies.find((candidate) => candidate.purpose === 'commenting') ?? bodies.find((candidate) => !candidate.purpose || candidate.purpose === 'describing')
  return body?.value?.trim() ?? ''
}

// A classifying body naming one of our kinds (as our own export writes it) keeps it;
// otherwise the engine reads the kind from the words.
function claimKind(annotation: ImportedAnnotation): ClaimKind | null {
  const value = textBodies(annotation).find((body) => body.purpose === 'classifying')?.value?.trim().toUpperCase()
  return value && (CLAIM_KINDS as readonly string[]).includes(value) ? (value as ClaimKind) : null
}
