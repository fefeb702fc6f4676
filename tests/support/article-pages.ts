// The article-extraction set (tests/fixtures/pages, described in the README there):
// pages written for issue 15 in the shapes of real sites, each with its article text by
// hand beside it (same name, .txt). Two halves: `heldout` (written first, never used to
// tune the rules) and `tuning`. Both extractors read the raw HTML the way the import does.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { htmlToDocument } from '@/lib/import/html-to-document'
import { scorePage, scoreSet, type PageScore, type SetScore } from './article-score'

export const PAGE_HALVES = ['tuning', 'heldout'] as const
export type PageHalf = (typeof PAGE_HALVES)[number]

export interface ArticlePage {
  name: string // file name without .html
  html: string
  truth: string
}

const pagesDirectory = (half: PageHalf) => fileURLToPath(new URL(`../fixtures/pages/${half}`, import.meta.url))

export function loadPages(half: PageHalf): ArticlePage[] {
  const directory = pagesDirectory(half)
  return readdirSync(directory)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length)
      return { name, html: readFileSync(path.join(directory, file), 'utf8'), truth: readFileSync(path.join(directory, `${name}.txt`), 'utf8') }
    })
}

export interface ArticleExtractor {
  name: string
  extract: (html: string) => string
}

// Ours: the real import path for a web page, the text of the document it makes.
export const OUR_IMPORT: ArticleExtractor = {
  name: 'ours (htmlToDocument)',
  extract: (html) => htmlToDocument(html, { format: 'html', noun: 'page', isWholePage: true }).text,
}

// Plain Readability as its README runs it: linkedom's document, parse(), textContent.
export const PLAIN_READABILITY: ArticleExtractor = {
  name: 'Readability (plain)',
  extract: (html) => {
    const { document } = parseHTML(html) as unknown as { document: Document }
    return new Readability(document).parse()?.textContent ?? ''
  },
}

export const ARTICLE_EXTRACTORS = [OUR_IMPORT, PLAIN_READABILITY] as const

export interface ScoredPages {
  pages: { name: string; score: PageScore }[]
  set: SetScore
}

export function scorePages(pages: readonly ArticlePage[], extractor: ArticleExtractor): ScoredPages {
  const scored = pages.map((page) => {
    let text = ''
    try {
      text = extractor.extract(page.html)
    } catch {
      text = '' // a page the extractor cannot read scores as nothing found
    }
    return { name: page.name, score: scorePage(text, page.truth) }
  })
  return { pages: scored, set: scoreSet(scored.map((page) => page.score)) }
}
