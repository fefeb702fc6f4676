import { z } from 'zod'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { isAllowedLinkHref } from './link-href'

// The JSON the tiptap editor (lib/editor/extensions.ts) produces, and nothing else:
// a stored document is rendered back into the editor and into pages, so an unknown
// node, mark or attribute is refused rather than carried along.

export type EditorMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: LinkAttrs }
// A link keeps only its address; its rel is drawn by the editor (lib/editor/extensions.ts).
export interface LinkAttrs {
  href: string
}
export interface EditorText {
  type: 'text'
  text: string
  marks?: EditorMark[]
}
export type EditorInline = EditorText
export interface EditorParagraph {
  type: 'paragraph'
  content?: EditorInline[]
}
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6
export interface EditorHeading {
  type: 'heading'
  attrs: { level: HeadingLevel }
  content?: EditorInline[]
}
export type EditorTextblock = EditorParagraph | EditorHeading
export interface EditorListItem {
  type: 'listItem'
  content: [EditorParagraph, ...EditorBlock[]]
}
export interface EditorBulletList {
  type: 'bulletList'
  content: EditorListItem[]
}
export type OrderedListType = '1' | 'a' | 'A' | 'i' | 'I'
export interface EditorOrderedList {
  type: 'orderedList'
  attrs?: { start?: number | null; type?: OrderedListType | null }
  content: EditorListItem[]
}
export interface EditorBlockquote {
  type: 'blockquote'
  content: EditorBlock[]
}
export type EditorBlock = EditorTextblock | EditorBulletList | EditorOrderedList | EditorBlockquote
// `content` may be empty only as the result of canonicalizing away every line; the
// schema requires one block, as tiptap's `block+` does.
export interface EditorDocument {
  type: 'doc'
  content: EditorBlock[]
}

// Counted before the structural parse, so a hostile document cannot exhaust the
// stack or the time of the recursive schema.
export const MAX_EDITOR_DEPTH = 20
export const MAX_EDITOR_NODES = 200_000
const NODE_TYPES = ['doc', 'paragraph', 'heading', 'text', 'bulletList', 'orderedList', 'listItem', 'blockquote']

function nodeUnionError(where: string) {
  return (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== 'invalid_union') return undefined
    const type = (issue.input as { type?: unknown } | undefined)?.type
    if (typeof type !== 'string' || !NODE_TYPES.includes(type)) return `unknown node type '${String(type)}'`
    return `node type '${type}' is not allowed in ${where}`
  }
}

// What tiptap's Link wrote before links kept only their address (the editor's default
// target, rel and class, all empty or fixed). Such a document, stored earlier or sent
// by an editor still open from before, is accepted with them dropped; any other value
// in them is refused, so a pasted or crafted target or class is never stored.
const LEGACY_LINK_DEFAULTS = { target: ['_blank', null], rel: ['noopener noreferrer nofollow', null], class: [null], title: [null] } as const
const legacyDefault = (name: keyof typeof LEGACY_LINK_DEFAULTS) =>
  z
    .unknown()
    .refine((value) => (LEGACY_LINK_DEFAULTS[name] as readonly unknown[]).includes(value), `a link keeps only its href, not a ${name}`)
    .optional()

const ZLinkAttrs = z
  .strictObject({
    href: z.string({ error: 'a link needs an href' }).refine(isAllowedLinkHref, 'link href must be an absolute http, https or mailto URL'),
    target: legacyDefault('target'),
    rel: legacyDefault('rel'),
    class: legacyDefault('class'),
    title: legacyDefault('title'),
  })
  .transform(({ href }): LinkAttrs => ({ href }))

const ZMark = z.discriminatedUnion(
  'type',
  [z.strictObject({ type: z.literal('bold') }), z.strictObject({ type: z.literal('italic') }), z.strictObject({ type: z.literal('link'), attrs: ZLinkAttrs })],
  { error: (issue) => (issue.code === 'invalid_union' ? `unknown mark type '${String((issue.input as { type?: unknown } | undefined)?.type)}'` : undefined) },
)

const ZText = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1, 'a text node cannot be empty'),
  marks: z
    .array(ZMark)
    .refine((marks) => new Set(marks.map((mark) => mark.type)).size === marks.length, 'a mark appears twice on one text node')
    .optional(),
})
const ZInline = z.discriminatedUnion('type', [ZText], { error: nodeUnionError('a paragraph or heading') })

const ZParagraph = z.strictObject({ type: z.literal('paragraph'), content: z.array(ZInline).optional() })
const ZHeading = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]) }),
  content: z.array(ZInline).optional(),
})

const ZBlock: z.ZodType<EditorBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [ZParagraph, ZHeading, ZBulletList, ZOrderedList, ZBlockquote], { error: nodeUnionError('a block position') }),
)
const ZListItem = z.strictObject({
  type: z.literal('listItem'),
  content: z.tuple([ZParagraph], ZBlock),
})
const ZListItems = z.array(z.discriminatedUnion('type', [ZListItem], { error: nodeUnionError('a list') })).min(1, 'a list needs an item')
const ZBulletList = z.strictObject({ type: z.literal('bulletList'), content: ZListItems })
const ZOrderedList = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z
    .strictObject({ start: z.number().int().min(-1_000_000).max(1_000_000).nullable().optional(), type: z.enum(['1', 'a', 'A', 'i', 'I']).nullable().optional() })
    .optional(),
  content: ZListItems,
})
const ZBlockquote = z.strictObject({ type: z.literal('blockquote'), content: z.array(ZBlock).min(1, 'a quote needs a block') })

// Depth, node count and text size of untrusted JSON, stopping at the first excess.
function checkSize(value: unknown, ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void }) {
  let nodes = 0
  let textUnits = 0
  const walk = (node: unknown, depth: number): boolean => {
    if (depth > MAX_EDITOR_DEPTH) return fail(`the document is nested deeper than ${MAX_EDITOR_DEPTH} levels`)
    if (++nodes > MAX_EDITOR_NODES) return fail(`the document has more than ${MAX_EDITOR_NODES} nodes`)
    if (typeof node !== 'object' || node === null) return true
    const { text, content } = node as { text?: unknown; content?: unknown }
    // UTF-16 units never outnumber UTF-8 bytes, so this only refuses what is too large anyway.
    if (typeof text === 'string' && (textUnits += text.length) > MAX_DOCUMENT_BYTES) return fail('the document is too large')
    return !Array.isArray(content) || content.every((child) => walk(child, depth + 1))
  }
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message })
    return false
  }
  walk(value, 0)
}

export const ZEditorDocument: z.ZodType<EditorDocument> = z
  .unknown()
  .superRefine(checkSize)
  .pipe(z.strictObject({ type: z.literal('doc', { error: "the root node must be of type 'doc'" }), content: z.array(ZBlock).min(1, 'the document needs a block') }))
