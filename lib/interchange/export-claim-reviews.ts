import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { buildReport } from '@/lib/reports/build-report'
import { claimReviewJsonLd } from '@/lib/reports/claim-review'
import { parseInput } from '@/lib/validation'

const ZExportClaimReviews = z.object({ reportUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional() })

// ClaimReview JSON-LD for the verified claims of some documents (any member): the
// report is built verified-only, and the workspace publishes the reviews.
export async function exportClaimReviews({ actor, workspaceId, documentIds, ...input }: { actor: Actor; workspaceId?: unknown; documentIds?: unknown } & Record<string, unknown>) {
  const { reportUrl } = parseInput(ZExportClaimReviews, input)
  const report = await buildReport({ actor, workspaceId, documentIds, options: { scope: 'verified', includeComments: false, includeAuditAppendix: false } })
  return claimReviewJsonLd(report, { reportUrl, publisher: { name: report.workspace.name } })
}
