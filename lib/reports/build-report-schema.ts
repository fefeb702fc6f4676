// What a report is built from: 1–50 documents of one workspace and what to include.
import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const MAX_REPORT_DOCUMENTS = 50

export const ZReportOptions = z.object({
  scope: z.enum(['verified', 'all'], { error: "must be 'verified' or 'all'" }),
  includeComments: z.boolean({ error: 'must be true or false' }),
  includeAuditAppendix: z.boolean({ error: 'must be true or false' }),
})

export const ZBuildReport = z.object({
  workspaceId: ZId,
  documentIds: z
    .array(ZId, { error: 'must be a list of document ids' })
    .min(1, 'must name at least 1 document')
    .max(MAX_REPORT_DOCUMENTS, `must name at most ${MAX_REPORT_DOCUMENTS} documents`)
    .transform((ids) => [...new Set(ids)]),
  options: ZReportOptions,
  title: z
    .string({ error: 'must be text' })
    .trim()
    .max(300, 'must be at most 300 characters')
    .nullable()
    .optional()
    .transform((value) => value || null),
})

export type TBuildReport = z.infer<typeof ZBuildReport>
