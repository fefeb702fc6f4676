import { assembleBlocks, type RawBlock } from './assemble-blocks'
import { extractArticle } from './html-article'
import { collectBlocks, isDropped } from './html-blocks'
import { parseHtml } from './html-dom'
import { readHtmlMetadata } from './html-metadata'
import { noText } from './import-errors'
import { cleanTitle } from './metadata-values'
import type { DocumentMetadata, ImportedDocument, ImportFormat, InputNoun } from './types'

export interface HtmlImportOptions {
  format: ImportFormat
  noun: InputNoun
  // A web page or saved .html file: read its metadata and take the article out of the
  // page around it (html-article.ts). Off for HTML we generated ourselves (Markdown,
  // .docx), where every element is the author's text.
  isWholePage: boolean
  baseUrl?: URL // resolves a relative canonical link
}

export function htmlToDocument(source: string, options: HtmlImportOptions): ImportedDocument {
  const { document, jsonLd } = parseHtml(source)
  if (!options.isWholePage) {
    const raw = collectBlocks(document.body)
    return finish(raw, firstHeading(raw) ?? null, {}, options)
  }
  const { headline, pageTitle, ...metadata } = readHtmlMetadata(document, jsonLd, options.baseUrl)
  // Read before the article is taken out: the page's own headline may sit outside it.
  const pageHeading = firstHeading(pageHeadings(document.body))
  const declaredTitle = headline ?? pageTitle
  const { blocks } = extractArticle(document, { title: declaredTitle })
  return finish(blocks, headline ?? firstHeading(blocks) ?? pageHeading ?? pageTitle ?? null, metadata, options)
}

function finish(raw: readonly RawBlock[], title: string | null, metadata: DocumentMetadata, options: HtmlImportOptions): ImportedDocument {
  const { text, blocks } = assembleBlocks(raw)
  if (!text) throw noText(options.noun)
  return { title, text, blocks, format: options.format, metadata }
}

function firstHeading(raw: readonly RawBlock[]): string | undefined {
  const heading = raw.find((block) => block.kind === 'heading' && block.level === 1)
  return heading ? cleanTitle(heading.text) : undefined
}

// The page's <h1>s, read like the article (a script inside one stays out of the title).
function pageHeadings(body: Element): RawBlock[] {
  return [...body.getElementsByTagName('h1')].filter((element) => !hasDroppedAncestor(element)).flatMap((element) => collectBlocks(element))
}

function hasDroppedAncestor(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (isDropped(node)) return true
  return false
}
