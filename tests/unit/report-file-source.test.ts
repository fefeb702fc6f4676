// A source that is only an uploaded file has no link: the report names it by its
// title, and no format writes an empty or "null" link for it.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { renderReportCsv } from '@/lib/reports/render-csv'
import { renderReportMarkdown } from '@/lib/reports/render-markdown'
import { renderReportPdf } from '@/lib/reports/render-pdf'
import { sampleReport } from './report-sample'

function reportWithFileSource() {
  const report = sampleReport()
  const source = report.documents[0]!.claims[0]!.evidence[0]!.source
  source.url = null
  source.archiveUrl = null
  source.title = 'Harbour landings ledger'
  return report
}

describe('a cited source without a URL', () => {
  it('is its title in the CSV sources column', () => {
    const { claims } = renderReportCsv(reportWithFileSource())
    expect(claims).toContain('Harbour landings ledger')
    expect(claims).not.toMatch(/\bnull\b/)
  })

  it('is plain text, not a link, in Markdown', () => {
    const markdown = renderReportMarkdown(reportWithFileSource(), 'hash')
    expect(markdown).toContain('Harbour landings ledger')
    expect(markdown).not.toContain('[Harbour landings ledger](')
    expect(markdown).not.toContain('(null)')
  })

  it('says "uploaded file" in the PDF and adds no link for it', { timeout: 30_000 }, async () => {
    const buffer = await renderReportPdf(reportWithFileSource(), 'hash')
    const pdf = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false }).promise
    let text = ''
    const links: string[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')
      for (const annotation of await page.getAnnotations()) if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url as string)
    }
    expect(text.replace(/\s+/g, ' ')).toContain('Uploaded file (no web address)')
    expect(links).not.toContain('null')
    expect(links.every((link) => /^https?:\/\//.test(link))).toBe(true)
  })
})
