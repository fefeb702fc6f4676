import { parse } from 'parse5'
import { assembleBlocks, type RawBlock } from './assemble-blocks'
import { collectBlocks, isDropped } from './html-blocks'
import { attr, elementsUnder, findElements, type HtmlElement, type HtmlNode } from './html-dom'
import { readHtmlMetadata } from './html-metadata'
import { noText } from './import-errors'
import { cleanTitle } from './metadata-values'
import type { DocumentMetadata, ImportedDocument, ImportFormat, InputNoun } from './types'

export interface HtmlImportOptions {
  format: ImportFormat
  noun: InputNoun
  // A web page or saved .html file: read its metadata and look for the article inside
  // the page. Off for HTML we generated ourselves (Markdown, .docx), where every
  // element is the author's text and <main> or <article> in it means nothing.
  isWholePage: boolean
  baseUrl?: URL // resolves a relative canonical link
}

export function htmlToDocument(source: string, options: HtmlImportOptions): ImportedDocument {
  const document = parse(source)
  const body = findElements(document, 'body')[0] ?? document
  const root = options.isWholePage ? articleRoot(body) : body
  let raw = collectBlocks(root)
  // An empty <main> or <article> (a shell filled in by script) must not hide the body.
  if (raw.length === 0 && root !== body) raw = collectBlocks(body)
  const { text, blocks } = assembleBlocks(raw)
  if (!text) throw noText(options.noun)
  const { headline, pageTitle, ...metadata }: { headline?: string; pageTitle?: string } & DocumentMetadata = options.isWholePage ? readHtmlMetadata(document, options.baseUrl) : {}
  const title = headline ?? firstHeading(raw) ?? firstHeading(collectHeadings(body)) ?? pageTitle ?? null
  return { title, text, blocks, format: options.format, metadata }
}

// Where the article is: the page's only <main> (or role="main"), else its only
// <article>, else the whole body. Navigation, footers and sidebars are dropped anyway;
// this also leaves out headers, teasers and the rest of the page around the article.
function articleRoot(body: HtmlNode): HtmlNode {
  const elements = [...elementsUnder(body)]
  const mains = elements.filter((element) => element.tagName === 'main' || attr(element, 'role')?.trim().toLowerCase() === 'main')
  if (mains.length === 1 && !isDropped(mains[0]!)) return mains[0]!
  const articles = elements.filter((element) => element.tagName === 'article')
  if (articles.length === 1 && !isDropped(articles[0]!)) return articles[0]!
  return body
}

function firstHeading(raw: readonly RawBlock[]): string | undefined {
  const heading = raw.find((block) => block.kind === 'heading' && block.level === 1)
  return heading ? cleanTitle(heading.text) : undefined
}

// The page's <h1>s outside the article root, read like the article (a script inside
// one stays out of the title).
function collectHeadings(body: HtmlNode): RawBlock[] {
  return findElements(body, 'h1')
    .filter((element) => !hasDroppedAncestor(element))
    .flatMap((element) => collectBlocks(element))
}

function hasDroppedAncestor(element: HtmlElement): boolean {
  for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) if (isDropped(node)) return true
  return false
}
