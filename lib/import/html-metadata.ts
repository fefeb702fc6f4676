import { elementsUnder, tagOf } from './html-dom'
import { readJsonLd } from './html-json-ld'
import { cleanName, cleanTitle, httpUrl, isoDate } from './metadata-values'
import type { DocumentMetadata } from './types'

export interface HtmlMetadata extends DocumentMetadata {
  headline?: string // og:title or the JSON-LD headline: the article's own title
  pageTitle?: string // <title>, which often carries the site's name too
}

// First value wins for each key, in the order the page declares them.
const AUTHOR_KEYS = ['author', 'article:author', 'citation_author', 'dc.creator', 'parsely-author', 'sailthru.author']
const PUBLISHER_KEYS = ['og:site_name', 'publisher', 'dc.publisher', 'citation_publisher', 'application-name']
const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'citation_publication_date', 'dc.date.issued', 'dc.date', 'date', 'pubdate', 'parsely-pub-date', 'sailthru.date']
const TITLE_KEYS = ['og:title', 'twitter:title', 'citation_title', 'dc.title']

// The page's JSON-LD scripts come from the parse (html-dom.ts), which keeps no script
// in the DOM. SVG, and its <title>, never reaches the DOM either.
export function readHtmlMetadata(document: Document, jsonLd: readonly string[], baseUrl?: URL): HtmlMetadata {
  const meta = new Map<string, string>()
  let canonical: string | undefined
  let pageTitle: string | undefined
  for (const element of elementsUnder(document.documentElement)) {
    const tag = tagOf(element)
    if (tag === 'meta') {
      const key = (element.getAttribute('name') ?? element.getAttribute('property') ?? element.getAttribute('itemprop'))?.trim().toLowerCase()
      const content = element.getAttribute('content') ?? undefined
      if (key && content?.trim() && !meta.has(key)) meta.set(key, content)
    } else if (tag === 'link' && relTokens(element.getAttribute('rel') ?? undefined).includes('canonical')) {
      canonical ??= element.getAttribute('href') ?? undefined
    } else if (tag === 'title') {
      pageTitle ??= element.textContent ?? ''
    }
  }
  const first = (keys: readonly string[]) => keys.map((key) => meta.get(key)).find((value) => value !== undefined)
  const article = readJsonLd(jsonLd)
  return withoutUndefined({
    headline: cleanTitle(first(TITLE_KEYS) ?? article.headline),
    pageTitle: cleanTitle(pageTitle),
    author: cleanName(firstName(AUTHOR_KEYS.map((key) => meta.get(key))) ?? article.author),
    publisher: cleanName(first(PUBLISHER_KEYS) ?? article.publisher),
    publishedAt: isoDate(first(DATE_KEYS)) ?? isoDate(article.datePublished),
    sourceUrl: httpUrl(canonical, baseUrl) ?? httpUrl(meta.get('og:url'), baseUrl) ?? httpUrl(article.url, baseUrl),
  })
}

// article:author is often a profile URL; the next key may still hold a name.
function firstName(candidates: ReadonlyArray<string | undefined>): string | undefined {
  return candidates.find((candidate) => candidate !== undefined && cleanName(candidate) !== undefined)
}

function relTokens(rel: string | undefined): string[] {
  return (rel ?? '').toLowerCase().split(/\s+/)
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
