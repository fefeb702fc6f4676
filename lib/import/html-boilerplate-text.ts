import type { HtmlBlock } from './html-blocks'

// The page around an article, recognized by its words once the blocks are read: lines
// that markup rules cannot see because the site gave them no telling name. Each rule
// looks at short lines only: a sentence of the article is never this short or this
// shaped. Phrases are in English, German, French, Spanish, Italian, Portuguese, Dutch,
// Chinese and Japanese.

const AD_LABEL = /^(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|διαφήμιση|реклама|广告|廣告|広告|スポンサー|story continues below( this)? advertisement|article continues below( this)? (advertisement|ad)|continue reading (the main story|below)|scroll to continue( with content)?|weiterlesen nach der anzeige|la suite après (cette )?(la )?publicité|sigue leyendo|el artículo continúa (debajo|después) de (la )?publicidad)[.:…]?$/iu

// "Read more: …", "Related: …", "Lesen Sie auch: …" — a pointer to another page.
const POINTER = /^(read more|read next|read also|also read|more:|related|related:|related (articles?|stories|content|coverage|links|reading)|see also|recommended|recommended for you|you may also like|you might also like|more from|more on this|more stories|most read|most popular|most viewed|trending|popular now|editor'?s picks|top stories|further reading|lesen sie auch|lesen sie mehr|mehr zum thema|weitere artikel|das könnte sie auch interessieren|auch interessant|meistgelesen|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|sur le même sujet|les plus lus|notre sélection|lee también|leer más|lea también|te puede interesar|también te puede interesar|más noticias|lo más leído|noticias relacionadas|leggi anche|potrebbe interessarti|leia também|lees ook|相关阅读|相关文章|相关新闻|延伸阅读|推荐阅读|热门文章|更多阅读|阅读更多|関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|もっと読む|人気記事)\b/iu

const SOCIAL_WORDS = new Set([
  'share', 'shares', 'sharing', 'tweet', 'twitter', 'x', 'facebook', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin', 'pinterest', 'reddit', 'telegram', 'print',
  'copy', 'link', 'copied', 'comment', 'comments', 'save', 'saved', 'gift', 'article', 'this', 'on', 'via', 'flipboard', 'messenger', 'threads', 'bluesky', 'mastodon',
  'teilen', 'drucken', 'partager', 'imprimer', 'compartir', 'imprimir', 'condividi', 'stampa', 'delen', 'weibo', 'wechat', '微信', '微博', '分享', '打印', 'line', 'はてな', 'シェア', '印刷', 'ツイート',
  'the', 'to', 'url', 'listen', 'follow', 'us',
])

// "By Jane Doe", "Von Anna Schmidt", "Par Marie Dupont", "Por Juan Pérez", with an
// optional agency or role after it.
const BYLINE = /^(by|von|par|por|di|door|de|text:|texte:|texto:|words by|written by|reporting by|story by)\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|van|von|de|del|da|la|le|der|den|y|and|und|et|e|&|,|and|\|))*.{0,40}$/u
const BYLINE_CJK = /^(文|记者|記者|文・|文／|作者|编辑|責任編集|责任编辑|来源|取材・文)\s*[:：／/|]?\s*\S{1,30}$/u
// "Published 10:45 GMT, 19 Nov 2019", "Updated: March 5, 2024", "Stand: 05.03.2024".
const DATE_LINE = /^(published|updated|posted|last updated|first published|modified|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|发布时间|发布于|更新时间|更新|公開|配信|掲載)\b.{0,80}$/iu
const DATE_ONLY = /^([\p{L}]+,?\s+)?(\d{1,2}[./ -]\s?)?(\p{L}{3,12}\.?\s+)?\d{1,2}(st|nd|rd|th)?[,.]?\s+\d{4}([,\s]+\d{1,2}[:.]\d{2}(\s?(am|pm|a\.m\.|p\.m\.))?(\s*\p{Lu}{2,5})?)?$|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}(,?\s+\d{1,2}[:.]\d{2}(\s*uhr)?)?$|^\d{1,2}:\d{2}(\s?(am|pm|uhr|h))?(\s+\p{Lu}{2,5})?$/iu
// "16 July 2026", "Thursday 16 July 2026 5:31 pm", "4. März 2026": the day before the month.
const DATE_DAY_FIRST = /^(\p{L}+,?\s+)?\d{1,2}(st|nd|rd|th|er)?\.?\s+\p{L}{3,12}\.?,?\s+\d{4}(,?\s+(at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(\s?(am|pm|a\.m\.|p\.m\.|uhr))?(\s*\p{Lu}{2,5})?)?$/iu
// "Paul Edwards, Environment Reporter": a name, a comma and a reporter's role.
const BYLINE_NAME = /^(\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]+$/u
const BYLINE_ROLE = /^([\p{L}-]+\s){0,4}(reporter|correspondent|editor|writer|journalist|columnist|critic|contributor|reporterin|korrespondent|korrespondentin|redakteur|redakteurin|journaliste|correspondant|correspondante|periodista|corresponsal|redactora?)$/u
const READING_TIME = /^(\d+\s*(min|minute|minutes|mins)(\s+read|\s+de lecture|\s+de lectura|\s+lesezeit)?|lesezeit:?\s*\d+\s*min(uten)?|temps de lecture.{0,20}|tiempo de lectura.{0,20}|\d+\s*分で読めます|阅读时间.{0,10})\.?$/iu

const COPYRIGHT = /^(©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|版权所有|著作権|無断転載/iu
const NEWSLETTER = /(newsletter|sign up|signup|subscribe|subscription|inbox|abonnieren|anmelden|abonnez-vous|inscrivez-vous|suscríbete|suscribirse|regístrate|iscriviti|inscreva-se|订阅|訂閱|登録|メルマガ)/iu
const CAPTION_LINE = /^(photo|photograph|image|picture|illustration|credit|source: getty|foto|bild|abbildung|grafik|crédit|crédito|imagen|fotografía|写真|图片|图|照片)\s*[:：/]|\((ap|afp|reuters|getty|epa|dpa)( photo| images)?[/ ].{0,60}\)$|^(getty images|ap photo|reuters|afp|dpa|epa)(\/[\p{L} .]+)?$/iu
const TAGS_LINE = /^(tags|topics|filed under|themen|schlagwörter|schlagworte|mots-clés|thèmes|etiquetas|temas|tag|argomenti|标签|关键词|タグ|キーワード)\s*[:：]/iu
// The heading of a comment thread; it and everything after it go.
const COMMENTS_HEADING = /^(\d+\s+)?(comments?|responses?|reader comments|leave a (comment|reply)|join the (conversation|discussion)|discussion|kommentare?|leserkommentare|diskussion|commentaires?|réactions|comentarios?|commenti|reacties|评论|留言|コメント)(\s*[(（]?\d+[)）]?)?[:：]?$/iu
// The heading of a box of links to other pages; it and the links after it go.
const POINTER_HEADING = POINTER

// A declared title is often the headline with the site and section around it ("Site -
// News - Headline"); each part is matched on its own.
const TITLE_SEPARATOR = /\s+(?:[-|–—:·•»]|::)\s+/u

export interface TextRuleContext {
  title?: string // the article's own title, as the page declares it
}

// Drops the lines that are page furniture. Headings that announce comments or related
// links take the lines after them that belong to them: the rest of a comment thread,
// the links of a "Related" box.
export function removeBoilerplateBlocks(blocks: readonly HtmlBlock[], context: TextRuleContext): HtmlBlock[] {
  const kept: HtmlBlock[] = []
  const titleKey = context.title ? comparable(context.title) : undefined
  const titleParts = context.title ? context.title.split(TITLE_SEPARATOR).map(comparable).filter((part) => part.length >= 12) : []
  let titleSeen = false
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!
    const text = block.text.replace(/\s+/g, ' ').trim()
    if (block.kind === 'heading' && COMMENTS_HEADING.test(text) && i >= blocks.length / 3) break
    if (block.kind === 'heading' && POINTER_HEADING.test(text) && text.length < 60) {
      i = skipLinkRun(blocks, i + 1) - 1
      continue
    }
    // The headline is the document's title, not a line of its text.
    if (!titleSeen && titleKey && i < 6 && (block.kind === 'heading' || block.chars < 200) && isTitleLine(comparable(text), titleKey, titleParts)) {
      titleSeen = true
      continue
    }
    if (isBoilerplateLine(block, text)) continue
    kept.push(block)
  }
  return dropAuthorNote(dropRepeatedLines(dropLinkRuns(kept)))
}

// "Ruth Okafor is a columnist for …", "Anja writes about hillwalking …": the note about
// the author that closes an opinion piece or a blog post. Only the last two lines are
// looked at, and only short ones that name a writer's trade.
const AUTHOR_NOTE = /^(\p{Lu}[\p{L}'’.-]+\s){0,3}\p{Lu}[\p{L}'’.-]+\s(is|was)\s(a|an|the)\s.{0,160}\b(columnist|correspondent|editor|writer|reporter|journalist|author|contributor|blogger)\b|^(\p{Lu}[\p{L}'’.-]+\s){0,3}\p{Lu}[\p{L}'’.-]+\s(writes|blogs)\sabout\s/u

function dropAuthorNote(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const kept = [...blocks]
  const first = Math.max(0, kept.length - 2)
  for (let i = kept.length - 1; i >= first; i -= 1) {
    const text = kept[i]!.text.replace(/\s+/g, ' ').trim()
    if (kept[i]!.kind !== 'heading' && text.length <= 250 && AUTHOR_NOTE.test(text)) kept.splice(i, 1)
  }
  return kept
}

// A pull quote, a highlight box, a "key figure" panel repeat a sentence the article
// already holds: a short line found whole inside another, longer block goes (the copy
// inside the paragraph is where it was written). Checked pairwise, so only on pages of
// a size where that is cheap; a long report keeps its lines.
const REPEAT_MAX_BLOCKS = 600

function dropRepeatedLines(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  if (blocks.length > REPEAT_MAX_BLOCKS) return [...blocks]
  const keys = blocks.map((block) => comparable(block.text))
  return blocks.filter((block, index) => {
    const key = keys[index]!
    if (block.kind === 'heading' || key.length < 40 || key.length > 300) return true
    return !keys.some((other, otherIndex) => otherIndex !== index && other.length > key.length && other.includes(key))
  })
}

function isBoilerplateLine(block: HtmlBlock, text: string): boolean {
  const length = text.length
  const linkShare = block.chars > 0 ? block.linkChars / block.chars : 0
  if (length <= 80 && AD_LABEL.test(text)) return true
  if (length <= 200 && POINTER.test(text) && (linkShare > 0.4 || length <= 40)) return true
  if (length <= 120 && isSocialRow(text)) return true
  // The leading word in either case ("By Jane Doe", "by Jane Doe"); the names after it
  // must start with a capital.
  const leadLowered = text.replace(/^\p{L}+/u, (word) => word.toLowerCase())
  if (length <= 90 && block.kind !== 'heading' && (BYLINE.test(leadLowered) || BYLINE_CJK.test(text))) return true
  if (length <= 110 && (DATE_LINE.test(text) || DATE_ONLY.test(text) || DATE_DAY_FIRST.test(text) || READING_TIME.test(text))) return true
  if (length <= 80 && block.kind !== 'heading' && isNameAndRole(text)) return true
  if (length <= 250 && COPYRIGHT.test(text)) return true
  if (length <= 200 && NEWSLETTER.test(text) && !/[.!?。]\s+\S.*[.!?。]/u.test(text) && (linkShare > 0.3 || /^[^.]*(\?|!|:|…)?$/.test(text) || length <= 90)) return true
  if (length <= 250 && CAPTION_LINE.test(text)) return true
  if (length <= 300 && TAGS_LINE.test(text)) return true
  // A short line that is all link, with no sentence in it: a teaser, a menu entry.
  if (length <= 100 && linkShare >= 0.9 && block.kind !== 'heading' && !/[.!?。]$/.test(text) && block.kind !== 'quote') return block.kind === 'list_item' || length <= 60
  return false
}

function isNameAndRole(text: string): boolean {
  const comma = text.indexOf(',')
  if (comma < 0) return false
  return BYLINE_NAME.test(text.slice(0, comma).trim()) && BYLINE_ROLE.test(text.slice(comma + 1).trim().toLowerCase())
}

// Words only a share bar is made of, and at least one that is nothing but that.
const SHARE_WORDS = new Set(['share', 'shares', 'tweet', 'twitter', 'facebook', 'whatsapp', 'email', 'e-mail', 'linkedin', 'pinterest', 'reddit', 'telegram', 'flipboard', 'messenger', 'bluesky', 'mastodon', 'teilen', 'partager', 'compartir', 'condividi', 'delen', 'weibo', 'wechat', '微信', '微博', '分享', 'シェア', 'ツイート', 'はてな'])

function isSocialRow(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|·•/,:()]+/).filter(Boolean)
  return words.length > 0 && words.length <= 14 && words.every((word) => SOCIAL_WORDS.has(word) || SHARE_WORDS.has(word) || /^\d+$/.test(word)) && words.some((word) => SHARE_WORDS.has(word))
}

// After a "Related" heading: the link lines (and short teaser lines) that follow.
function skipLinkRun(blocks: readonly HtmlBlock[], from: number): number {
  let i = from
  while (i < blocks.length) {
    const block = blocks[i]!
    const linkShare = block.chars > 0 ? block.linkChars / block.chars : 0
    if (block.kind === 'heading' && linkShare < 0.5) break
    if (linkShare < 0.5 && block.chars > 100) break
    i += 1
  }
  return i
}

// Three or more link lines in a row are a list of links to elsewhere, whatever their
// heading (a list of sources inside an article has its own sentences around it).
function dropLinkRuns(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const kept: HtmlBlock[] = []
  let i = 0
  while (i < blocks.length) {
    let j = i
    while (j < blocks.length && isLinkLine(blocks[j]!)) j += 1
    if (j - i >= 3) {
      i = j
      continue
    }
    kept.push(...blocks.slice(i, Math.max(j, i + 1)))
    i = Math.max(j, i + 1)
  }
  return kept
}

function isLinkLine(block: HtmlBlock): boolean {
  return block.chars > 0 && block.chars <= 160 && block.linkChars / block.chars >= 0.7 && block.kind !== 'heading'
}

function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function isTitleLine(line: string, title: string, parts: readonly string[]): boolean {
  return isSameTitle(line, title) || parts.includes(line)
}

// The same title, or the title with the site's name added or removed.
function isSameTitle(line: string, title: string): boolean {
  if (!line || !title) return false
  if (line === title) return true
  const shorter = line.length < title.length ? line : title
  const longer = line.length < title.length ? title : line
  return shorter.length >= 12 && longer.includes(shorter) && shorter.length >= longer.length * 0.6
}
