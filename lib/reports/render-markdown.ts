// The report as Markdown that reads well on any forge: headings, summary tables,
// per-claim blocks with the quote as a blockquote, evidence as lists with links. All
// user text is escaped (render-markdown-text.ts); no raw HTML. Pure.
import { STATUS_LABELS } from '@/lib/reviews/status-workflow'
import { mdLink, mdTable, mdText } from './render-markdown-text'
import { describeFinalisation, formatDate, STANCE_LABELS, SOURCE_TYPE_LABELS, verdictText } from './build-labels'
import { quoteLink, quoteLocationText, snapshotText } from './quote-location-text'
import type { ReportClaim, ReportDocument, ReportEvidence, ReportModel } from './report-model'

// baseUrl: the app's public address, for the links to each quote in its archived source.
export function renderReportMarkdown(report: ReportModel, contentHash: string, baseUrl?: string): string {
  const blocks = [
    `# ${mdText(report.title)}`,
    [
      `Generated ${mdText(formatDate(report.generatedAt, true))} in workspace ${mdText(report.workspace.name)}.  `,
      `SHA-256 of the content: \`${contentHash.replace(/[^0-9a-f]/gi, '')}\`  `,
      `Revisions covered: ${report.documents.map((document) => `${mdText(document.title)} revision ${document.revision.number} (\`${document.revision.id.replace(/`/g, '')}\`)`).join('; ') || 'none'}`,
    ].join('\n'),
    '## Summary',
    `${report.summary.claimCount} ${report.summary.claimCount === 1 ? 'claim' : 'claims'}${report.options.scope === 'verified' ? ' with a final verdict' : ''}.`,
    mdTable(['Verdict', 'Claims'], report.summary.byVerdict.map((entry) => [entry.label, entry.count])),
    mdTable(['Status', 'Claims'], report.summary.byStatus.map((entry) => [STATUS_LABELS[entry.status], entry.count])),
    ...report.documents.flatMap((document) => documentBlocks(document, baseUrl)),
    '## Methodology',
    `**How claims were selected.** ${mdText(report.methodology.selection)}`,
    `**How claims were checked.** ${mdText(report.methodology.checking)}`,
    mdTable(
      ['Threshold', 'Value'],
      [
        ['Reviewers needed', report.methodology.thresholds.verifyMinRatings],
        ['Agreement needed', `${Math.round(Number(report.methodology.thresholds.verifyMinAgreement) * 100)}%`],
        ['Strong evidence required', report.methodology.thresholds.verifyRequiresStrongEvidence ? 'yes' : 'no'],
      ],
    ),
    '## Corrections',
    report.corrections.length
      ? mdTable(
          ['When', 'Claim', 'From', 'To', 'Reason', 'By'],
          report.corrections.map((entry) => [formatDate(entry.at, true), entry.quote, verdictText(entry.from), entry.to ? verdictText(entry.to) : 'withdrawn', entry.reason, entry.by]),
        )
      : 'No verdict was changed after verification.',
    ...(report.options.includeAuditAppendix
      ? ['## Audit appendix', report.audit.length ? mdTable(['When', 'Who', 'What'], report.audit.map((entry) => [formatDate(entry.at, true), entry.actor ?? 'Claimtrack', entry.summary])) : 'No activity recorded.']
      : []),
  ]
  return `${blocks.join('\n\n')}\n`
}

function documentBlocks(document: ReportDocument, baseUrl: string | undefined): string[] {
  const meta = [
    document.author && `Author: ${mdText(document.author)}`,
    document.publisher && `Publisher: ${mdText(document.publisher)}`,
    document.publishedAt && `Published: ${mdText(document.publishedAt)}`,
    document.sourceUrl && `Source: ${mdLink(document.sourceUrl, document.sourceUrl)}`,
    `Revision ${document.revision.number}, text SHA-256 \`${document.revision.contentHash.replace(/[^0-9a-f]/gi, '')}\``,
  ].filter(Boolean)
  return [
    `## ${mdText(document.title)}`,
    meta.map((line) => `- ${line}`).join('\n'),
    ...(document.claims.length ? document.claims.map((claim, index) => claimBlock(claim, index + 1, baseUrl)) : ['No claims in this selection.']),
  ]
}

function claimBlock(claim: ReportClaim, number: number, baseUrl: string | undefined): string {
  const lines = [
    `### Claim ${number}: ${claim.status === 'VERIFIED' ? mdText(claim.verdictLabel ?? 'no verdict') : mdText(STATUS_LABELS[claim.status])}`,
    '',
    `> ${mdText(claim.context.before)} **${mdText(claim.quote)}** ${mdText(claim.context.after)}`.replace(/ {2,}/g, ' ').trimEnd(),
    '',
    `- Kind: ${mdText(claim.kind.toLowerCase())}; status: ${mdText(STATUS_LABELS[claim.status])}`,
    `- ${claim.status === 'VERIFIED' ? 'Final verdict' : 'Proposed verdict'}: ${claim.verdictLabel ? `${mdText(claim.verdictLabel)}${claim.ratingValue ? ` (${claim.ratingValue}/5)` : ''}` : 'none'}; confidence: ${claim.confidence ? `${claim.confidence}/5` : 'no ratings'}`,
  ]
  if (claim.finalisedBy) lines.push(`- ${mdText(describeFinalisation(claim.finalisedBy))}`)
  for (const quantity of claim.quantities) lines.push(`- Figure: ${mdText(quantity.text)} — ${mdText(quantity.formatted)}`)
  if (claim.evidence.length) lines.push('', '#### Evidence', '', ...claim.evidence.map((item) => evidenceItem(item, baseUrl)))
  if (claim.ratings.length) {
    lines.push('', '#### Reviews', '')
    for (const rating of claim.ratings) lines.push(`- ${mdText(rating.reviewer)}: ${mdText(rating.verdictLabel)}, confidence ${rating.confidence}/5, ${mdText(formatDate(rating.at))} — ${mdText(rating.rationale)}`)
  }
  if (claim.comments.length) {
    lines.push('', '#### Comments', '')
    for (const thread of claim.comments) {
      lines.push(`- ${mdText(thread.author || 'deleted')} (${mdText(formatDate(thread.at))}): ${mdText(thread.body)}`)
      for (const reply of thread.replies) lines.push(`  - ${mdText(reply.author)} (${mdText(formatDate(reply.at))}): ${mdText(reply.body)}`)
    }
  }
  return lines.join('\n')
}

function evidenceItem(item: ReportEvidence, baseUrl: string | undefined): string {
  const { source } = item
  const about = [source.publisher, source.author, source.publishedAt && `published ${source.publishedAt}`, source.accessedAt && `accessed ${source.accessedAt}`, SOURCE_TYPE_LABELS[source.type]].filter(Boolean).map((part) => mdText(part as string))
  const lines = [`- **${STANCE_LABELS[item.stance]}**: ${mdLink(source.title, source.url)}${about.length ? ` (${about.join(', ')})` : ''}${source.archiveUrl ? ` · ${mdLink('archived copy', source.archiveUrl)}` : ''}`]
  if (source.isRetracted) lines.push(`  - **Retracted**${source.retractionNote ? `: ${mdText(source.retractionNote)}` : ''}`)
  lines.push(`  - Quote: “${mdText(item.quote)}”${item.locator ? ` (${mdText(item.locator)})` : ''}`)
  if (item.quoteLocation) lines.push(`  - ${locationLine(item.quoteLocation, baseUrl)}`)
  const figure = item.figureCheck ? (item.figureCheck.origin === 'quote' ? item.figureCheck.summary.replace(/^source/, 'Source') : `${item.figureCheck.text} (as typed)`) : item.figure
  if (figure) lines.push(`  - Figure: ${mdText(figure)}${item.comparisonLabel ? ` — ${mdText(item.comparisonLabel)}` : ''}`)
  lines.push(`  - Added by ${mdText(item.addedBy)}, ${mdText(formatDate(item.at))}`)
  return lines.join('\n')
}

function locationLine(location: NonNullable<ReportEvidence['quoteLocation']>, baseUrl: string | undefined): string {
  const text = mdText(quoteLocationText(location))
  const snapshot = snapshotText(location)
  const link = quoteLink(location, baseUrl)
  return [location.isFlagged ? `**${text}**` : `In the source: ${text}`, snapshot && `(${mdText(snapshot)})`, link && mdLink(location.state === 'not-found' ? 'the archived copy' : 'at the quote', link)].filter(Boolean).join(' ')
}
