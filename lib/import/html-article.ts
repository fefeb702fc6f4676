import { Readability } from '@mozilla/readability'
import { removeBoilerplateBlocks } from './html-boilerplate-text'
import { removeBoilerplateMarkup, removeFigures, visibleLength } from './html-boilerplate'
import { collectBlocks, type HtmlBlock } from './html-blocks'
import { tagOf } from './html-dom'

// The article inside a web page, without the page around it. Two readers look for it:
//   - Mozilla Readability, which scores the page's containers by their text and picks
//     the one holding the article, with the siblings that belong to it;
//   - our own, which takes the element the page marks as the article's body (schema.org
//     articleBody, the only <main> or <article>), else the whole body.
// Both read the page after the markup rules (html-boilerplate.ts) removed the boxes
// sites name as cookie banners, share bars, comments and the like, and both results go
// through the line rules (html-boilerplate-text.ts). Readability's answer is taken
// unless it found next to nothing: a very short page, a page that is a list or a table
// rather than an article, a page it could not score.

// Readability's cost grows faster than the page: beyond this many elements (a long
// report of tens of thousands of elements) our own reader alone is used.
const READABILITY_MAX_ELEMENTS = 20_000
// Below this much text the whole page is the article (a note, a short statement):
// Readability is built to cut pages down and needs some text to judge by.
const SHORT_PAGE_CHARS = 500
// Readability's answer, when it holds less than this share of our own reader's, is
// kept only if it is long enough to be an article by itself.
const READABILITY_MIN_SHARE = 0.3
const ARTICLE_MIN_CHARS = 400

export interface ArticleOptions {
  title?: string // the page's declared title (og:title, JSON-LD headline, <title>)
}

export interface ExtractedArticle {
  blocks: HtmlBlock[]
  reader: 'readability' | 'own' // which reader's answer was taken
}

export function extractArticle(document: Document, options: ArticleOptions): ExtractedArticle {
  const body = document.body
  removeBoilerplateMarkup(body)
  removeFigures(body)
  removeHeaderRegion(body)
  const own = readOwn(body, options)
  const ownChars = charsOf(own)
  if (ownChars < SHORT_PAGE_CHARS || body.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return { blocks: own, reader: 'own' }
  const readability = readWithReadability(document, options)
  const readabilityChars = charsOf(readability)
  if (readabilityChars === 0) return { blocks: own, reader: 'own' }
  if (readabilityChars < ownChars * READABILITY_MIN_SHARE && readabilityChars < ARTICLE_MIN_CHARS) return { blocks: own, reader: 'own' }
  return { blocks: readability, reader: 'readability' }
}

function readOwn(body: Element, options: ArticleOptions): HtmlBlock[] {
  const root = articleRoot(body)
  const blocks = readBlocks(root, options)
  // An empty <main> or <article> (a shell filled in by script) must not hide the body.
  return blocks.length === 0 && root !== body ? readBlocks(body, options) : blocks
}

function readWithReadability(document: Document, options: ArticleOptions): HtmlBlock[] {
  // Readability changes the document it reads; ours has already been read.
  let article: ReturnType<Readability<Element>['parse']>
  try {
    article = new Readability<Element>(document, { serializer: (node) => node as Element, keepClasses: true }).parse()
  } catch {
    return [] // a page it cannot take apart: our own reader's answer stands
  }
  const content = article?.content
  if (!content) return []
  return readBlocks(content, options)
}

function readBlocks(root: Element, options: ArticleOptions): HtmlBlock[] {
  return removeBoilerplateBlocks(collectBlocks(root), { title: options.title })
}

// A <header> inside the article holds its headline, standfirst, byline and date: the
// document's title and metadata, not its text. One that holds much of the text is not
// that header.
function removeHeaderRegion(root: Element): void {
  const total = visibleLength(root.textContent ?? '')
  for (const header of [...root.getElementsByTagName('header')]) {
    if (header === root) continue
    const chars = visibleLength(header.textContent ?? '')
    if (chars > Math.max(600, total * 0.3)) continue
    const holdsHeadline = header.getElementsByTagName('h1').length > 0 || header.getElementsByTagName('time').length > 0
    if (holdsHeadline) header.remove()
  }
}

// Where the article is by its markup: the element schema.org calls articleBody, else
// the page's only <main> (or role="main"), else its only <article>, else the body.
function articleRoot(body: Element): Element {
  const bodies = [...body.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]')]
  const bodyChars = visibleLength(body.textContent ?? '')
  const marked = bodies.find((element) => visibleLength(element.textContent ?? '') >= bodyChars * 0.2)
  if (bodies.length === 1 && marked) return marked
  const mains = [...body.querySelectorAll('main, [role="main"]')].filter((element) => tagOf(element) === 'main' || element.getAttribute('role')?.trim().toLowerCase() === 'main')
  if (mains.length === 1) return mains[0]!
  const articles = body.getElementsByTagName('article')
  if (articles.length === 1) return articles[0]!
  return body
}

function charsOf(blocks: readonly HtmlBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.chars, 0)
}
