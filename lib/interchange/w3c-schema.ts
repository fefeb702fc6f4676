// What an AnnotationCollection must look like to be imported: the W3C model's shapes,
// leniently (single values or arrays, other selector and body types let through), but
// each annotation needs a TextQuoteSelector on its target, so it can be placed.
import { z } from 'zod'

export const MAX_IMPORTED_ANNOTATIONS = 2_000
export const MAX_W3C_BYTES = 5 * 1024 * 1024

const ZQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string({ error: 'is required: the annotated words' }).min(1, 'is empty').max(10_000, 'is longer than 10,000 characters'),
  prefix: z.string({ error: 'must be text' }).max(2_000, 'is too long').default(''),
  suffix: z.string({ error: 'must be text' }).max(2_000, 'is too long').default(''),
})
const ZPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative'),
    end: z.number({ error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative'),
  })
  .refine((selector) => selector.end > selector.start, { path: ['end'], message: 'must be after start' })
const OTHER_SELECTORS = ['RangeSelector', 'XPathSelector', 'CssSelector', 'FragmentSelector', 'DataPositionSelector', 'SvgSelector'] as const
const ZOtherSelector = z.looseObject({ type: z.enum(OTHER_SELECTORS) })
const ZSelector = z.discriminatedUnion('type', [ZQuoteSelector, ZPositionSelector, ZOtherSelector], {
  error: 'must be a selector: TextQuoteSelector, TextPositionSelector or another W3C selector type',
})

const ZTarget = z.looseObject({
  source: z.string({ error: 'must be a URL or URN' }).max(2_000).optional(),
  selector: z.preprocess(
    (selector) => (selector === undefined || Array.isArray(selector) ? selector : [selector]),
    z
      .array(ZSelector, { error: 'is required: a TextQuoteSelector, or a list of selectors with one' })
      .min(1, 'is empty')
      .refine((selectors) => selectors.some((selector) => selector.type === 'TextQuoteSelector'), 'needs a TextQuoteSelector (exact, prefix, suffix) to place the annotation in the text'),
  ),
}, { error: 'is required: an object with a source and a selector' })

const ZBody = z.union([
  z.string().max(2_000), // an IRI
  z.looseObject({
    type: z.string().optional(),
    value: z.string({ error: 'must be text' }).optional(),
    purpose: z.string().optional(),
    format: z.string().optional(),
  }),
])

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

export const ZAnnotation = z.looseObject({
  id: z.string({ error: 'must be a URL or URN' }).max(2_000).optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((types) => types.includes('Annotation'), 'must include "Annotation"')], { error: 'must be "Annotation"' }),
  motivation: z.union([z.string(), z.array(z.string())], { error: 'must be a motivation such as assessing or commenting' }).optional().transform(asArray),
  body: z.union([ZBody, z.array(ZBody)]).optional().transform(asArray),
  target: z.preprocess((target) => (Array.isArray(target) ? target[0] : target), ZTarget),
})

export const ZAnnotationCollection = z.looseObject({
  '@context': z.unknown().optional(),
  type: z.union([z.literal('AnnotationCollection'), z.array(z.string()).refine((types) => types.includes('AnnotationCollection'), 'must include "AnnotationCollection"')], {
    error: 'must be "AnnotationCollection"',
  }),
  label: z.unknown().optional(),
  first: z.looseObject({
    type: z.literal('AnnotationPage', { error: 'must be "AnnotationPage"' }).optional(),
    items: z.array(ZAnnotation, { error: 'must be a list of annotations' }).max(MAX_IMPORTED_ANNOTATIONS, `holds more than ${MAX_IMPORTED_ANNOTATIONS} annotations: split the collection`),
  }, { error: 'must be an AnnotationPage with items' }),
})

export type ImportedAnnotation = z.infer<typeof ZAnnotation>
