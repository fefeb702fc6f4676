import { z } from 'zod'
import { ZPageParams } from '@/lib/pagination/page-cursor'
import { SourceType } from '@/lib/db/generated/enums'
import { ZPublishedAt, ZSourceUrl } from '@/lib/documents/schemas'
import { editableText, ZId } from '@/lib/validation'

const SOURCE_TYPES = Object.values(SourceType) as [SourceType, ...SourceType[]]

const ZTitle = z.string({ error: 'is required' }).trim().min(1, 'is required').max(500, 'must be at most 500 characters')

// Only web addresses: a javascript: or data: link would run in a reader's browser.
const ZUrl = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(2048, 'must be at most 2048 characters')
  .url({ error: 'must be a valid URL' })
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://')

// "2024-05-31" → midnight UTC of that day (the columns are dates); null clears.
const ZDate = ZPublishedAt.transform((value) => (value ? new Date(`${value}T00:00:00Z`) : value))

const ZSourceFields = z.object({
  publisher: editableText(300),
  author: editableText(300),
  publishedAt: ZDate,
  accessedAt: ZDate,
  archiveUrl: ZSourceUrl,
  type: z.enum(SOURCE_TYPES, { error: `must be one of ${SOURCE_TYPES.join(', ')}` }).optional(),
  reliability: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').nullable().optional(),
  reliabilityNote: editableText(2000),
})

export const ZCreateSource = ZSourceFields.extend({ workspaceId: ZId, url: ZUrl, title: ZTitle })
export type TCreateSource = z.infer<typeof ZCreateSource>

// A source that is only a file: the title defaults to the file's name.
export const ZCreateSourceFromFile = ZSourceFields.extend({
  workspaceId: ZId,
  title: ZTitle.optional().or(z.literal('').transform(() => undefined)),
  filename: z.string({ error: 'is required' }).trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  contentType: z.string().max(200).optional(),
})

export const ZSourceId = z.object({ workspaceId: ZId, sourceId: ZId })

export const ZFindSources = z.object({ workspaceId: ZId, query: z.string().trim().max(200, 'must be at most 200 characters').optional(), ...ZPageParams })

const ZVersion = z.number({ error: 'is required: send the version you last saw' }).int('must be a whole number').positive('must be 1 or more')

export const ZSourceRef = z.object({ workspaceId: ZId, sourceId: ZId, version: ZVersion })

export const ZUpdateSource = ZSourceRef.extend(ZSourceFields.shape).extend({ url: ZUrl.optional(), title: ZTitle.optional() })
export type TUpdateSource = z.infer<typeof ZUpdateSource>

export const ZRetractSource = ZSourceRef.extend({
  version: ZVersion.optional(),
  note: z.string({ error: 'is required: say why the source is retracted' }).trim().min(1, 'is required: say why the source is retracted').max(2000, 'must be at most 2000 characters'),
})
