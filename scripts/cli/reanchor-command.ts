import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { reanchor, type AnchorInput } from '@/lib/anchor/reanchor'

// claimtrack reanchor --old OLD.txt --new NEW.txt --annotations ANN.json
// Prints the JSON documented in the README ("claimtrack reanchor"). Offsets are
// UTF-16 code units into the files' text as read (UTF-8), end exclusive.

const ZTextQuoteSelector = z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().default(''), suffix: z.string().default('') })
const ZTextPositionSelector = z.strictObject({ type: z.literal('TextPositionSelector'), start: z.int().nonnegative(), end: z.int().nonnegative() })
const ZSelector = z.discriminatedUnion('type', [ZTextQuoteSelector, ZTextPositionSelector])

const ZW3CAnnotation = z.looseObject({
  id: z.string().min(1),
  target: z.looseObject({
    selector: z
      .array(ZSelector)
      .refine((selectors) => selectors.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'needs exactly one TextQuoteSelector')
      .refine((selectors) => selectors.filter((s) => s.type === 'TextPositionSelector').length === 1, 'needs exactly one TextPositionSelector'),
  }),
})
const ZBareAnchor = z.strictObject({
  id: z.string().min(1),
  exact: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
})
export const ZReanchorAnnotations = z.array(z.union([ZBareAnchor, ZW3CAnnotation]))
export type TReanchorAnnotations = z.infer<typeof ZReanchorAnnotations>

function toAnchor(annotation: TReanchorAnnotations[number]): AnchorInput {
  if (!('target' in annotation)) return annotation
  const selectors = annotation.target.selector
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!
  const position = selectors.find((s) => s.type === 'TextPositionSelector')!
  return { id: annotation.id, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end }
}

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${error.message})`)
  })
}

export async function readAnchors(file: string, oldText: string): Promise<AnchorInput[]> {
  let json: unknown
  try {
    json = JSON.parse(await readText(file))
  } catch (error) {
    throw error instanceof SyntaxError ? new Error(`${file}: not JSON (${error.message})`) : error
  }
  if (!Array.isArray(json)) throw new Error(`${file}: expected a JSON list of annotations`)
  // Each item against the schema its shape claims, so the message names the real problem.
  const items = json.map((item: unknown, index) => {
    const schema = typeof item === 'object' && item !== null && 'target' in item ? ZW3CAnnotation : ZBareAnchor
    const parsed = schema.safeParse(item)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]!
    throw new Error(`${file}: annotation ${index}${issue.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue.message}`)
  })
  const anchors = items.map(toAnchor)
  for (const anchor of anchors) {
    if (anchor.end <= anchor.start || anchor.end > oldText.length) {
      throw new Error(`${file}: annotation "${anchor.id}" has offsets ${anchor.start}–${anchor.end} outside the old text (${oldText.length} characters)`)
    }
    if (oldText.slice(anchor.start, anchor.end) !== anchor.exact) {
      throw new Error(`${file}: annotation "${anchor.id}": its quote is not the old text at ${anchor.start}–${anchor.end}`)
    }
  }
  return anchors
}

export interface ReanchorOptions {
  old: string
  new: string
  annotations: string
}

export async function runReanchor(options: ReanchorOptions): Promise<number> {
  const [oldText, newText] = await Promise.all([readText(options.old), readText(options.new)])
  const anchors = await readAnchors(options.annotations, oldText)
  const results = reanchor(oldText, newText, anchors).map(({ id, status, start, end, numbersChanged }) => ({ id, status, start, end, numbersChanged }))
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
  return 0
}
