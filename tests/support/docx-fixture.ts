import { buildZip, type ZipFixtureEntry } from './zip-writer'

// Builds a real, minimal .docx in memory: the parts Word and mammoth need, with
// paragraph styles (Title, Heading 1–2, Quote) and a bullet list definition.

export interface DocxParagraph {
  text: string
  style?: 'Title' | 'Heading1' | 'Heading2' | 'Quote'
  listLevel?: number // 0 = top level bullet
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const DOCX_PARTS = {
  contentTypes: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  rels: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  documentRels: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/></Relationships>`,
  styles: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${style('Normal', 'Normal')}${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('Quote', 'Quote')}</w:styles>`,
  numbering: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
}

function style(id: string, name: string): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
}

export function documentXml(paragraphs: readonly DocxParagraph[]): string {
  const body = paragraphs.map((paragraph) => {
    const properties = [
      paragraph.style ? `<w:pStyle w:val="${paragraph.style}"/>` : '',
      paragraph.listLevel === undefined ? '' : `<w:numPr><w:ilvl w:val="${paragraph.listLevel}"/><w:numId w:val="1"/></w:numPr>`,
    ].join('')
    return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(paragraph.text)}</w:t></w:r></w:p>`
  })
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`
}

// The parts of a .docx as ZIP entries, so a test can add, drop or falsify one.
export function docxEntries(paragraphs: readonly DocxParagraph[]): ZipFixtureEntry[] {
  return [
    { name: '[Content_Types].xml', data: DOCX_PARTS.contentTypes },
    { name: '_rels/.rels', data: DOCX_PARTS.rels },
    { name: 'word/_rels/document.xml.rels', data: DOCX_PARTS.documentRels },
    { name: 'word/document.xml', data: documentXml(paragraphs) },
    { name: 'word/styles.xml', data: DOCX_PARTS.styles },
    { name: 'word/numbering.xml', data: DOCX_PARTS.numbering },
  ]
}

export function buildDocx(paragraphs: readonly DocxParagraph[]): Uint8Array {
  return buildZip(docxEntries(paragraphs))
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
