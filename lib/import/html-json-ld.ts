// Reads the article description many news sites publish as schema.org JSON-LD
// (<script type="application/ld+json">). The script is parsed as data, never run.

export interface JsonLdArticle {
  headline?: string
  author?: string
  publisher?: string
  datePublished?: string
  url?: string
}

type JsonObject = Record<string, unknown>

// NewsArticle, BlogPosting, ScholarlyArticle, OpinionNewsArticle, Report…
const ARTICLE_TYPE = /(Article|Posting|Report)$/
// Bounds the walk through @graph and arrays on a hostile page.
const MAX_NODES = 1000
const MAX_VISITS = 20_000

export function readJsonLd(sources: readonly string[]): JsonLdArticle {
  for (const source of sources) {
    let data: unknown
    try {
      data = JSON.parse(source)
    } catch {
      continue // a broken block says nothing; the page's other metadata still counts
    }
    const article = objectsIn(data).find(isArticle)
    if (article) {
      return {
        headline: stringOf(article.headline) ?? stringOf(article.name),
        author: namesOf(article.author),
        publisher: namesOf(article.publisher),
        datePublished: stringOf(article.datePublished) ?? stringOf(article.dateCreated),
        url: stringOf(article.url),
      }
    }
  }
  return {}
}

function objectsIn(data: unknown): JsonObject[] {
  const found: JsonObject[] = []
  const queue: unknown[] = [data]
  for (let next = 0; next < queue.length && next < MAX_VISITS && found.length < MAX_NODES; next += 1) {
    const item = queue[next]
    if (Array.isArray(item)) queue.push(...item.slice(0, MAX_NODES))
    else if (isObject(item)) {
      found.push(item)
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph'].slice(0, MAX_NODES))
    }
  }
  return found
}

function isArticle(node: JsonObject): boolean {
  const type = node['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some((candidate) => typeof candidate === 'string' && ARTICLE_TYPE.test(candidate))
}

// A person or organization is a string, an object with a name, or a list of these.
function namesOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const names = list.map((item) => (isObject(item) ? stringOf(item.name) : stringOf(item))).filter((name): name is string => Boolean(name))
  return names.length > 0 ? names.join(', ') : undefined
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
