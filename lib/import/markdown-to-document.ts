import { toCanonicalText } from '@/lib/text/canonical-text'
import { firstField, splitFrontMatter } from './front-matter'
import { htmlToDocument } from './html-to-document'
import { markdownToHtml } from './markdown-to-html'
import { cleanName, cleanTitle, httpUrl, isoDate } from './metadata-values'
import type { DocumentMetadata, ImportedDocument, InputNoun } from './types'

// Markdown becomes HTML, and the HTML reader makes the text: one way to drop markup,
// scripts and all, for every format.
export function markdownToDocument(decoded: string, noun: InputNoun): ImportedDocument {
  const { body, fields } = splitFrontMatter(toCanonicalText(decoded))
  const document = htmlToDocument(markdownToHtml(body), { format: 'md', noun, isWholePage: false })
  const metadata: DocumentMetadata = {
    author: cleanName(firstField(fields, ['author', 'authors', 'byline'])),
    publisher: cleanName(firstField(fields, ['publisher', 'site', 'site_name', 'source'])),
    publishedAt: isoDate(firstField(fields, ['date', 'published', 'publishedat', 'published_at', 'pubdate'])),
    sourceUrl: httpUrl(firstField(fields, ['canonical_url', 'canonical', 'source_url', 'url', 'link'])),
  }
  const defined = Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined))
  return { ...document, title: cleanTitle(fields.get('title')) ?? document.title, metadata: defined }
}
