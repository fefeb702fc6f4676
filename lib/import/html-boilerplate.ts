import { isDropped } from './html-blocks'
import { elementsUnder, isElement, tagOf } from './html-dom'

// The page around an article, recognized by its markup: what sites call their cookie
// banners, newsletter boxes, share bars, comment threads, related links, bylines and
// captions. A name alone is never enough: each kind also has a size it cannot exceed
// (a "share" class on a span holding a sentence of the article is a hook for a script,
// not a share bar), and nothing holding a large part of the page's text is removed.

interface MarkupRule {
  name: string
  pattern: RegExp // against each class and id token, and some attributes
  maxChars: number // larger than this, it is not that kind of box
  isProse?: 'keep' // a box of this kind that reads as prose is kept
  minLinkDensity?: number // the kind is mostly links
}

// Tokens are matched whole or as parts joined by "-" or "_" ("article-share-bar").
const part = (words: string) => new RegExp(`(?:^|[-_])(?:${words})(?:$|[-_])`, 'i')

const RULES: MarkupRule[] = [
  { name: 'consent', pattern: part('cookies?|cookie-?consent|consent|gdpr|cmp|onetrust|privacy-?banner|cc-?banner|cc-?window'), maxChars: 3000 },
  { name: 'newsletter', pattern: part('newsletters?|subscribe|subscription|signup|sign-?up|optin|opt-?in|paywall|regwall|nl-?promo|inline-?promo|membership'), maxChars: 1200 },
  { name: 'share', pattern: part('share|sharing|shares|social|sociallinks|share-?bar|sharebar|sharetools|share-?tools|addthis|sharethis|toolbar|article-?tools|story-?tools|print|reactions'), maxChars: 400, isProse: 'keep' },
  { name: 'comments', pattern: part('comments?|commentary-?list|disqus|replies|reply|respond|discussion|talk-?back|leserkommentare|kommentare|commentaires|comentarios|coral'), maxChars: 100_000 },
  { name: 'related', pattern: part('related|recommended|recommendations?|more-?stories|more-?news|more-?from|read-?more|readmore|read-?next|up-?next|next-?article|outbrain|taboola|most-?read|mostread|most-?popular|popular|trending|also-?like|you-?may-?like|teasers?|more-?articles|other-?articles|further-?reading|see-?also|lesen-?sie-?auch|a-?lire|lire-?aussi|te-?puede-?interesar'), maxChars: 6000, minLinkDensity: 0.3 },
  { name: 'breadcrumb', pattern: part('breadcrumbs?|crumbs?|breadcrumb-?list'), maxChars: 400 },
  { name: 'ad', pattern: part('ad|ads|adv|advert|adverts|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|adsense|dfp|gpt|sponsor|sponsored|promoted|native-?ad|werbung|anzeige|publicite|publicidad'), maxChars: 400 },
  { name: 'byline', pattern: part('byline|bylines|by-?line|author|authors|author-?info|dateline|timestamp|published|publish-?date|pub-?date|updated|date|dates|article-?meta|entry-?meta|post-?meta|story-?meta|meta|kicker-?meta|reading-?time|read-?time'), maxChars: 250 },
  { name: 'bio', pattern: part('author-?bio|bio|about-?the-?author|author-?box|author-?card|contributor'), maxChars: 800 },
  // A sentence of the article repeated large beside it: counted once, where it was written.
  { name: 'pull-quote', pattern: part('pull-?quotes?|pull|pull-?out|pullouts?|quote-?pull|highlight-?quote'), maxChars: 500 },
  { name: 'caption', pattern: part('caption|captions|figcaption|credit|credits|image-?credit|photo-?credit|wp-caption-text|media-?caption|legend'), maxChars: 600 },
  { name: 'tags', pattern: part('tags?|tag-?list|topics?|keywords|categories|category|labels|schlagworte|themen|etiquetas|mots-?cles'), maxChars: 600, minLinkDensity: 0.5 },
  { name: 'pagination', pattern: part('pagination|pager|paging|page-?nav|next-?prev|prev-?next'), maxChars: 300 },
  { name: 'screen-reader', pattern: part('sr-?only|screen-?reader-?text|visually-?hidden|visuallyhidden|a11y-?hidden|skip-?link|skip-?to-?content|offscreen'), maxChars: 200 },
  { name: 'popup', pattern: part('modal|popup|pop-?up|overlay|lightbox|interstitial|toast'), maxChars: 1500 },
]

// Element names that never hold the article, whatever their size.
// AMP pages name their furniture by element: ads and their fallbacks, the menu drawer,
// consent and notification bars, share buttons.
const FURNITURE_TAGS = new Set(['amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-sidebar', 'amp-consent', 'amp-user-notification', 'amp-social-share', 'amp-analytics'])
const ROLE_BOILERPLATE = new Set(['banner', 'toolbar', 'menu', 'menubar', 'tablist', 'status', 'alert', 'log', 'marquee', 'timer'])

// Removes page furniture (navigation, footers, sidebars, hidden elements) and the boxes
// the markup rules recognize, under root. `pageChars` is the text of the whole page, so
// nothing holding a large part of it goes.
export function removeBoilerplateMarkup(root: Element): void {
  const pageChars = visibleLength(root.textContent ?? '')
  const doomed: Element[] = []
  const walk: Element[] = [root]
  while (walk.length > 0) {
    const element = walk.pop()!
    if (element !== root && isBoilerplate(element, pageChars)) {
      doomed.push(element)
      continue
    }
    const children = element.children
    for (let i = children.length - 1; i >= 0; i -= 1) walk.push(children[i]!)
  }
  for (const element of doomed) element.remove()
}

function isBoilerplate(element: Element, pageChars: number): boolean {
  if (isDropped(element)) return true
  const tag = tagOf(element)
  if (FURNITURE_TAGS.has(tag)) return true
  if (tag === 'figcaption' || tag === 'label' || tag === 'legend') return true
  const role = element.getAttribute('role')?.trim().toLowerCase()
  if (role && ROLE_BOILERPLATE.has(role) && tag !== 'main' && tag !== 'article') return shortEnough(element, 600, pageChars)
  const tokens = markupTokens(element)
  if (tokens.length === 0) return false
  for (const rule of RULES) {
    if (!tokens.some((token) => rule.pattern.test(token))) continue
    if (isMatchedBy(element, rule, pageChars)) return true
  }
  return false
}

function isMatchedBy(element: Element, rule: MarkupRule, pageChars: number): boolean {
  const text = element.textContent ?? ''
  const chars = visibleLength(text)
  // Never the bulk of the page: that is the article, whatever it is called.
  if (chars > rule.maxChars || (pageChars > 0 && chars > pageChars * 0.4 && chars > 200)) return false
  if (rule.isProse === 'keep' && readsAsProse(text)) return false
  if (rule.minLinkDensity !== undefined && chars > 0 && linkDensity(element, chars) < rule.minLinkDensity) return false
  return true
}

function shortEnough(element: Element, maxChars: number, pageChars: number): boolean {
  const chars = visibleLength(element.textContent ?? '')
  return chars <= maxChars && chars <= Math.max(200, pageChars * 0.4)
}

// class and id tokens, itemprop, data-component names, and the aria-label of regions.
export function markupTokens(element: Element): string[] {
  const tokens: string[] = []
  const add = (value: string | null) => {
    if (value) for (const token of value.split(/\s+/)) if (token) tokens.push(token.toLowerCase())
  }
  add(element.getAttribute('class'))
  add(element.getAttribute('id'))
  add(element.getAttribute('data-component'))
  add(element.getAttribute('data-testid'))
  const label = element.getAttribute('aria-label')
  if (label && label.length < 60) tokens.push(label.toLowerCase().trim().replace(/\s+/g, '-'))
  return tokens
}

// A sentence of some length, not a row of links or buttons.
export function readsAsProse(text: string): boolean {
  return /[\p{L}\p{N}][^.!?。！？]{60,}[.!?。！？]/u.test(text.replace(/\s+/g, ' '))
}

export function linkDensity(element: Element, chars = visibleLength(element.textContent ?? '')): number {
  if (chars === 0) return 0
  let linked = 0
  for (const link of element.getElementsByTagName('a')) linked += visibleLength(link.textContent ?? '')
  return Math.min(1, linked / chars)
}

export function visibleLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 32) count += 1
  return count
}

// Figures are pictures with their captions and credits: none of it is the article's
// text. A figure that holds a quote or a table is kept (some sites wrap pull quotes and
// data tables in <figure>).
export function removeFigures(root: Element): void {
  for (const figure of [...root.getElementsByTagName('figure')]) {
    if (!figure.isConnected && !root.contains(figure)) continue
    if (figure.getElementsByTagName('table').length > 0 || figure.getElementsByTagName('blockquote').length > 0) {
      for (const caption of [...figure.getElementsByTagName('figcaption')]) caption.remove()
      continue
    }
    figure.remove()
  }
}

// The first element children of root, descending through wrappers that hold a single
// element; used to find a header region at the top of an article.
export function isElementNode(node: Node | null): node is Element {
  return node !== null && isElement(node)
}

export function* descendants(root: Element): Generator<Element> {
  const iterator = elementsUnder(root)
  iterator.next() // root itself
  yield* iterator
}
