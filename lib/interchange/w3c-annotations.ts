// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for a revision of a
// document: its claims (motivation "assessing") and its comments on a selection of the
// text ("commenting"), each targeting the text with a TextQuoteSelector and a
// TextPositionSelector, in one AnnotationCollection other annotators can load. Pure.
import { textPositionSelector, textQuoteSelector } from '@/lib/anchor/selectors'
import type { ClaimKind, ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import { VERDICT_LABELS } from '@/lib/reviews/verdicts'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export interface W3cDocument {
  id: string
  title: string
  revision: { id: string; number: number }
  text: string
}

export interface W3cClaim {
  id: string
  start: number
  end: number
  kind: ClaimKind
  status: ClaimStatus
  verdict: Verdict | null
  createdAt?: string
}

export interface W3cComment {
  id: string
  start: number
  end: number
  body: string
  author?: string
  createdAt?: string
}

export interface TextualBody {
  type: 'TextualBody'
  purpose?: string
  value: string
  format: 'text/plain'
}

export interface Annotation {
  '@context'?: string
  id: string
  type: 'Annotation'
  motivation: 'assessing' | 'commenting'
  created?: string
  creator?: { type: 'Person'; name: string }
  body: TextualBody[]
  target: {
    source: string
    selector: [ReturnType<typeof textQuoteSelector>, ReturnType<typeof textPositionSelector>]
  }
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] }
}

export const claimAnnotationId = (id: string) => `urn:claimtrack:claim:${id}`
export const commentAnnotationId = (id: string) => `urn:claimtrack:comment:${id}`

// The target source is the document's page when baseUrl is given (the workspace's
// URL, e.g. https://host/w/<workspaceId>), else a urn naming the document.
export function documentSource(documentId: string, baseUrl?: string): string {
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}/documents/${documentId}` : `urn:claimtrack:document:${documentId}`
}

export function w3cAnnotationCollection({ document, claims, comments, baseUrl }: { document: W3cDocument; claims: W3cClaim[]; comments: W3cComment[]; baseUrl?: string }): AnnotationCollection {
  const source = documentSource(document.id, baseUrl)
  const target = (start: number, end: number): Annotation['target'] => ({ source, selector: [textQuoteSelector(document.text, start, end), textPositionSelector(start, end)] })
  const items: Annotation[] = [
    ...claims.map((claim): Annotation => ({
      id: claimAnnotationId(claim.id),
      type: 'Annotation',
      motivation: 'assessing',
      ...(claim.createdAt ? { created: claim.createdAt } : {}),
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: claim.kind, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'assessing', value: claim.verdict ? `${VERDICT_LABELS[claim.verdict]} (${claim.status.toLowerCase().replace('_', ' ')})` : claim.status.toLowerCase().replace('_', ' '), format: 'text/plain' },
      ],
      target: target(claim.start, claim.end),
    })),
    ...comments.map((comment): Annotation => ({
      id: commentAnnotationId(comment.id),
      type: 'Annotation',
      motivation: 'commenting',
      ...(comment.createdAt ? { created: comment.createdAt } : {}),
      ...(comment.author ? { creator: { type: 'Person' as const, name: comment.author } } : {}),
      body: [{ type: 'TextualBody', purpose: 'commenting', value: comment.body, format: 'text/plain' }],
      target: target(comment.start, comment.end),
    })),
  ].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start || a.target.selector[1].end - b.target.selector[1].end)
  const id = `${source}${source.startsWith('urn:') ? ':' : '/'}annotations${source.startsWith('urn:') ? ':' : '?revision='}${document.revision.number}`
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `${document.title} — revision ${document.revision.number}`,
    total: items.length,
    first: { id: `${id}${id.startsWith('urn:') ? ':' : '&'}page=1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}
