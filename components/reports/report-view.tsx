import { formatDate } from '@/lib/reports/build-labels'
import { REPORT_CSS } from '@/lib/reports/render-html-styles'
import type { ReportDocument, ReportModel } from '@/lib/reports/report-model'
import { STATUS_LABELS } from '@/lib/reviews/status-workflow'
import { ReportAppendix } from './report-appendix'
import { ReportClaimView } from './report-claim'
import { ReportLink } from './report-link'
import { VerdictChart } from './verdict-chart'

export interface ReportViewProps {
  report: ReportModel
  // SHA-256 of the report's content (lib/reports/report-hash.ts), printed in the header.
  contentHash: string
  // ClaimReview JSON-LD to embed (public report page), as JSON text or as data; escaped
  // here, see escapeJsonLd.
  jsonLd?: string | object
  // The export puts the stylesheet in <head>; pages let the view carry its own.
  hasStyles?: boolean
  // The verdict chart drawn by Vega (lib/reports/verdict-chart-svg.ts), computed by the
  // async caller; without it (Vega failed) the plain SVG bars of VerdictChart are drawn.
  chartSvg?: string
  // The app's public address: the links to each quote in its archived source are made
  // absolute with it (the HTML export); pages link within the app without it.
  baseUrl?: string
}

// The verified claim report as a page: server-renderable, no client hooks. Used by the
// in-app preview, the public share page and the self-contained HTML export.
export function ReportView({ report, contentHash, jsonLd, hasStyles = true, chartSvg, baseUrl }: ReportViewProps) {
  const { summary } = report
  return (
    <article className="report" lang="en">
      {/* A constant stylesheet, no user text: inlined so the view is styled wherever it renders. */}
      {hasStyles && <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />}
      {jsonLd !== undefined && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: escapeJsonLd(typeof jsonLd === 'string' ? jsonLd : JSON.stringify(jsonLd)) }} />}
      <header>
        <h1>{report.title}</h1>
        <dl className="meta">
          <dt>Generated</dt>
          <dd>
            <time dateTime={report.generatedAt}>{formatDate(report.generatedAt, true)}</time>
          </dd>
          <dt>Workspace</dt>
          <dd>{report.workspace.name}</dd>
          <dt>Claims</dt>
          <dd>{report.options.scope === 'verified' ? 'verified only' : 'all, with their status'}</dd>
        </dl>
        <p className="meta">
          Revisions covered:{' '}
          {report.documents.length === 0
            ? 'none'
            : report.documents.map((document, index) => (
                <span key={document.id}>
                  {index > 0 && '; '}
                  {document.title}, revision {document.revision.number} (<span className="hash">{document.revision.id}</span>)
                </span>
              ))}
        </p>
        <p className="meta">
          SHA-256 of this report’s content: <span className="hash" data-content-hash="">{contentHash}</span>
        </p>
      </header>
      <section aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <p>
          {summary.claimCount} {summary.claimCount === 1 ? 'claim' : 'claims'}
          {report.options.scope === 'verified' ? ' with a final verdict.' : '.'}
        </p>
        <div className="summary">
          {/* Our SVG: Vega's marks over our verdict labels and counts, no user text. */}
          {chartSvg ? <div className="chart" data-chart="vega" dangerouslySetInnerHTML={{ __html: chartSvg }} /> : <VerdictChart byVerdict={summary.byVerdict} />}
          <table>
            <caption className="muted">Claims by verdict</caption>
            <tbody>
              {summary.byVerdict.map((entry) => (
                <tr key={entry.verdict}>
                  <th scope="row">{entry.label}</th>
                  <td>{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption className="muted">Claims by status</caption>
            <tbody>
              {summary.byStatus.map((entry) => (
                <tr key={entry.status}>
                  <th scope="row">{STATUS_LABELS[entry.status]}</th>
                  <td>{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {report.documents.map((document) => (
        <DocumentSection key={document.id} document={document} baseUrl={baseUrl} />
      ))}
      <ReportAppendix report={report} />
    </article>
  )
}

function DocumentSection({ document, baseUrl }: { document: ReportDocument; baseUrl?: string }) {
  return (
    <section className="document" aria-labelledby={`document-${document.id}`}>
      <h2 id={`document-${document.id}`}>{document.title}</h2>
      <dl className="meta">
        {document.author && (
          <>
            <dt>Author</dt>
            <dd>{document.author}</dd>
          </>
        )}
        {document.publisher && (
          <>
            <dt>Publisher</dt>
            <dd>{document.publisher}</dd>
          </>
        )}
        {document.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>{document.publishedAt}</dd>
          </>
        )}
        {document.sourceUrl && (
          <>
            <dt>Source</dt>
            <dd>
              <ReportLink href={document.sourceUrl}>{document.sourceUrl}</ReportLink>
            </dd>
          </>
        )}
        <dt>Revision</dt>
        <dd>
          {document.revision.number} of <time dateTime={document.revision.createdAt}>{formatDate(document.revision.createdAt)}</time>, text SHA-256 <span className="hash">{document.revision.contentHash}</span>
        </dd>
      </dl>
      {document.claims.length === 0 ? <p>No claims in this selection.</p> : document.claims.map((claim, index) => <ReportClaimView key={claim.id} claim={claim} number={index + 1} baseUrl={baseUrl} />)}
    </section>
  )
}

// JSON-LD inside <script>: "<" written as \u003c, so no "</script>" or "<!--" in the data
// can end the script early; the JSON means the same.
export function escapeJsonLd(json: string): string {
  return json.replace(/</g, '\\u003c')
}
