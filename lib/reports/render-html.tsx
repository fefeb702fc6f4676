import { escapeJsonLd, ReportView } from '@/components/reports/report-view'
import { escapeHtml, renderStatic } from './render-html-markup'
import { REPORT_CSS } from './render-html-styles'
import type { ReportModel } from './report-model'
import { tryRenderVerdictChartSvg } from './verdict-chart-svg'

// The report as ONE self-contained HTML file: inline CSS with print styles, no
// scripts, fonts or images from anywhere, the only links being the report's own
// (sources, archives, the documents' addresses, each quote in its archived source at
// baseUrl). jsonLd, when given, is the ClaimReview
// JSON-LD (lib/reports/claim-review.ts), embedded in the head as application/ld+json:
// given as JSON text, or as data to serialize. chartSvg: the verdict chart drawn by Vega
// (see renderReportHtmlWithChart); without it the plain-SVG fallback bars are drawn.
export function renderReportHtml(report: ReportModel, contentHash: string, jsonLd?: string | object, chartSvg?: string, baseUrl?: string): string {
  const body = renderStatic(<ReportView report={report} contentHash={contentHash} hasStyles={false} chartSvg={chartSvg} baseUrl={baseUrl} />)
  const ldScript = jsonLd === undefined ? '' : `<script type="application/ld+json">${escapeJsonLd(typeof jsonLd === 'string' ? jsonLd : JSON.stringify(jsonLd))}</script>\n`
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<meta name="generator" content="Claimtrack"/>`,
    `<meta name="claimtrack:content-sha256" content="${escapeHtml(contentHash)}"/>`,
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    `${ldScript}</head>`,
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n')
}

// The HTML export as the product writes it: the verdict chart drawn by Vega first (it
// renders asynchronously), then the page. Falls back to the plain bars if Vega fails.
export async function renderReportHtmlWithChart(report: ReportModel, contentHash: string, jsonLd?: string | object, baseUrl?: string): Promise<string> {
  return renderReportHtml(report, contentHash, jsonLd, await tryRenderVerdictChartSvg(report.summary), baseUrl)
}
