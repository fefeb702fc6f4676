// Reading PDFs: text in reading order with pages, for document imports and sources.
export { readPdf, MAX_PDF_PAGES, type PdfLimits, type PdfText, type PdfBlock, type PdfBlockKind, type PdfMetadata } from './read-pdf'
