// One claim of the report in the PDF: quote in context, figures, verdict and how it
// became final, evidence with live source links, ratings, and comments when included.
import type { ReportClaim, ReportEvidence } from './report-model'
import { MUTED, PAGE_MARGIN, type PdfWriter } from './pdf-writer'
import { VERDICT_COLOURS } from './pdf-chart'
import { quoteLink, quoteLocationText, snapshotText } from './quote-location-text'

const STANCE_LABELS: Record<ReportEvidence['stance'], string> = { SUPPORTS: 'Supports', CONTRADICTS: 'Contradicts', CONTEXT: 'Context' }

export function writeClaim(writer: PdfWriter, claim: ReportClaim, index: number, baseUrl?: string): void {
  const { doc } = writer
  writer.ensureSpace(90)
  writer.gap(4)
  const verdict = claim.verdictLabel ?? 'No verdict'
  // A colour swatch beside the heading; the verdict is also written out in words.
  doc.rect(PAGE_MARGIN - 10, doc.y + 2, 4, 11).fill(VERDICT_COLOURS[claim.verdict ?? 'NONE'] ?? MUTED)
  writer.para(`${index}. ${verdict}${claim.ratingValue != null ? ` (${claim.ratingValue}/5)` : ''} · ${claim.status.replaceAll('_', ' ').toLowerCase()}`, { face: 'bold', size: 11 })
  if (claim.context.before) writer.para(`… ${claim.context.before}`, { size: 9, color: MUTED })
  writer.para(`“${claim.quote}”`, { face: 'italic', size: 10.5 })
  if (claim.context.after) writer.para(`${claim.context.after} …`, { size: 9, color: MUTED })
  writer.gap(3)
  writer.field('Kind', claim.kind.toLowerCase())
  if (claim.confidence) writer.field('Confidence', `${claim.confidence} / 5`)
  if (claim.finalisedBy) writer.field('Made final by', finalisedText(claim.finalisedBy))
  for (const quantity of claim.quantities) writer.field('Figure', `${quantity.text} = ${quantity.formatted}`)
  if (claim.evidence.length) {
    writer.para('Evidence', { face: 'bold', size: 9.5 })
    for (const evidence of claim.evidence) writeEvidence(writer, evidence, baseUrl)
  }
  if (claim.ratings.length) {
    writer.para('Ratings', { face: 'bold', size: 9.5 })
    for (const rating of claim.ratings) {
      writer.para(`${rating.reviewer}: ${rating.verdictLabel}, confidence ${rating.confidence}/5, ${day(rating.at)}${rating.rationale ? ` — ${rating.rationale}` : ''}`, { size: 9, indent: 10 })
    }
  }
  if (claim.comments.length) {
    writer.para('Comments', { face: 'bold', size: 9.5 })
    for (const comment of claim.comments) {
      writer.para(`${comment.author}, ${day(comment.at)}: ${comment.body}`, { size: 9, indent: 10 })
      for (const reply of comment.replies) writer.para(`${reply.author}, ${day(reply.at)}: ${reply.body}`, { size: 9, indent: 22, color: MUTED })
    }
  }
  doc.moveDown(0.4)
  doc.moveTo(PAGE_MARGIN, doc.y).lineTo(PAGE_MARGIN + writer.width, doc.y).lineWidth(0.5).strokeColor('#e7e5e4').stroke()
}

function writeEvidence(writer: PdfWriter, evidence: ReportEvidence, baseUrl: string | undefined): void {
  const { source } = evidence
  writer.ensureSpace(40)
  const byline = [source.publisher, source.author, source.publishedAt].filter(Boolean).join(', ')
  writer.para(`${STANCE_LABELS[evidence.stance]} — ${source.title}${byline ? ` (${byline})` : ''}${source.isRetracted ? ' — RETRACTED' : ''}`, { face: 'bold', size: 9, indent: 10 })
  if (source.url) writer.link(source.url, source.url, 10)
  else writer.para('Uploaded file (no web address)', { size: 9, indent: 10 })
  if (source.archiveUrl) writer.link(`Archived: ${source.archiveUrl}`, source.archiveUrl, 10)
  if (evidence.quote) writer.para(`“${evidence.quote}”`, { face: 'italic', size: 9, indent: 10 })
  const location = evidence.quoteLocation
  if (location) {
    const snapshot = snapshotText(location)
    writer.para(`${location.isFlagged ? '' : 'In the source: '}${quoteLocationText(location)}${snapshot ? ` (${snapshot})` : ''}`, { size: 8.5, indent: 10, ...(location.isFlagged ? { face: 'bold' as const } : { color: MUTED }) })
    const link = quoteLink(location, baseUrl)
    if (link && baseUrl) writer.link('Open at the quote in the archived source', link, 10)
  }
  const figure = evidence.figureCheck ? (evidence.figureCheck.origin === 'quote' ? evidence.figureCheck.summary : `${evidence.figureCheck.text} (as typed)`) : evidence.figure
  const details = [
    evidence.locator ? `at ${evidence.locator}` : null,
    figure ? `figure: ${figure}${evidence.comparisonLabel ? ` — ${evidence.comparisonLabel}` : ''}` : null,
    source.reliability != null ? `reliability ${source.reliability}/5` : null,
    source.accessedAt ? `accessed ${day(source.accessedAt)}` : null,
    `added by ${evidence.addedBy}, ${day(evidence.at)}`,
  ].filter(Boolean)
  writer.para(details.join(' · '), { size: 8.5, indent: 10, color: MUTED })
  if (source.isRetracted && source.retractionNote) writer.para(`Retraction: ${source.retractionNote}`, { size: 8.5, indent: 10 })
}

function finalisedText(finalised: NonNullable<ReportClaim['finalisedBy']>): string {
  const who = [finalised.by, finalised.at ? day(finalised.at) : null].filter(Boolean).join(', ')
  const how = finalised.rule === 'override' ? `editor's override${finalised.overrideReason ? ` ("${finalised.overrideReason}")` : ''}` : 'the workflow rules (ratings agreed)'
  return who ? `${how} — ${who}` : how
}

export function day(iso: string): string {
  return iso.slice(0, 10)
}
