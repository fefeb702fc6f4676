import { z } from 'zod'
import { MAX_DOCUMENT_BYTES, utf8ByteLength } from '@/lib/text/canonical-text'
import { ZEditorDocument } from '@/lib/editor/editor-document'
import { ZId } from '@/lib/validation'

const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).optional().nullable().transform((value) => value || null)

// Forms send "" for an empty optional field; treat it as absent.
const emptyToNull = (value: unknown) => (value === '' ? null : value)

export const ZPublishedAt = z.preprocess(
  emptyToNull,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-05-31')
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
    }, 'is not a real calendar date')
    .refine((value) => value >= '1000-01-01' && value <= '9999-12-31', 'is out of range')
    .nullable()
    .optional(),
)

export const ZSourceUrl = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .max(2048, 'must be at most 2048 characters')
    .url({ error: 'must be a valid URL' })
    .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://')
    .nullable()
    .optional(),
)

export const ZCreateDocument = z.object({
  workspaceId: ZId,
  title: z.string({ error: 'is required' }).trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
  author: optionalText(200),
  publisher: optionalText(200),
  publishedAt: ZPublishedAt,
  sourceUrl: ZSourceUrl,
  text: z
    .string({ error: 'is required' })
    .refine((text) => text.trim().length > 0, 'is empty: paste the article text')
    .refine((text) => utf8ByteLength(text) <= MAX_DOCUMENT_BYTES, 'is larger than 5 MB'),
})
export type TCreateDocument = z.infer<typeof ZCreateDocument>

export const ZDocumentRef = z.object({ workspaceId: ZId, documentId: ZId })

// `minVersion`: the newest activity id the caller has seen (absent: any).
export const ZDocumentView = ZDocumentRef.extend({
  minVersion: z
    .string()
    .regex(/^\d{1,18}$/, 'must be an activity id (digits)')
    .optional()
    .transform((value) => BigInt(value ?? '0')),
})

// Metadata typed next to an import; anything left empty is taken from the file or page.
export const ZImportMetadata = z.object({
  title: optionalText(300),
  author: optionalText(200),
  publisher: optionalText(200),
  publishedAt: ZPublishedAt,
  sourceUrl: ZSourceUrl,
})
export type TImportMetadata = z.infer<typeof ZImportMetadata>

export const ZImportUrl = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(2048, 'must be at most 2048 characters')
  .url({ error: 'must be a valid URL' })
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://')

// A revision number the client last saw: an edit saved against an older one conflicts.
export const ZRevisionNumber = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be 1 or more')

export const ZSaveRevision = ZDocumentRef.extend({ baseNumber: ZRevisionNumber, content: ZEditorDocument })
