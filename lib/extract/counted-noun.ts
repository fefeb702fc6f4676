// What a count counts: the head noun after the number ("five major Chinese
// companies" → companies). Without a part-of-speech tagger, the first plural
// noun within a few words is the head; function words end the noun phrase.

import { wordsAfter, type Word } from './text-cursor'

const STOP_WORDS = new Set(
  (
    'of in on at by for from to with per since over under among amongst across between during into onto through than as ' +
    'and or but nor the a an this that these those who which whose whom where when while is are was were be been being ' +
    'has have had will would can could may might must shall should do does did not no it its they them their he she we you ' +
    'i his her our your my alone each every more less fewer also only just still already ago earlier later before after about ' +
    'around up down out off so too very then there here against within without via like if because although though whereas ' +
    'toward towards until including compared respectively worldwide globally overall apiece versus vs plus minus almost nearly ' +
    'roughly some such what how why all both either neither any many much most least own same other another next last first ' +
    'now today yesterday tomorrow again even ever never always often instead rather quite whether yet nearly according ' +
    // common verbs that follow a subject count ("100 remain", "40 live abroad")
    'remain remains live lives work die say use need face want think know come go get make take see hold stay leave ' +
    'became become took made went got saw held left stayed lost won gave give kept keep'
  ).split(' '),
)

const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'sheep', 'fish', 'deer', 'feet', 'teeth',
  'mice', 'geese', 'data', 'media', 'criteria', 'phenomena', 'offspring', 'aircraft', 'livestock', 'poultry', 'troops',
  'youth', 'clergy', 'infantry', 'swine', 'salmon', 'bacteria', 'fungi', 'cacti', 'nuclei', 'alumni', 'species', 'series',
])

const NOT_PLURAL = new Set([
  'this', 'its', 'has', 'was', 'is', 'thus', 'plus', 'as', 'us', 'yes', 'always', 'perhaps', 'whereas', 'less', 'unless',
  'various', 'numerous', 'previous', 'afterwards', 'towards', 'besides', 'sometimes', 'nevertheless', 'does', 'goes', 'his',
  'hers', 'ours', 'yours', 'theirs', 'whose', 'chinese', 'japanese', 'news', 'across', 'lens', 'gas',
  'bus', 'campus', 'status', 'census', 'bonus', 'virus', 'focus', 'crisis', 'basis', 'analysis', 'thesis', 'diagnosis',
  'overseas', 'alias', 'atlas', 'canvas', 'christmas', 'texas', 'paris', 'davos', 'kansas', 'arkansas', 'emphasis',
])

const NUMBER_WORD_START = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)(?:-|$)/

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true
  if (lower.length < 3 || !lower.endsWith('s') || NOT_PLURAL.has(lower)) return false
  if (lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is') || lower.endsWith("'s") || lower.endsWith('’s')) return false
  return /^[a-z][a-z-]*s$/.test(lower)
}

function isFunctionWord(word: Word): boolean {
  return STOP_WORDS.has(word.lower) || word.lower.endsWith("'s") || word.lower.endsWith('’s')
}

// Adverbs and participles: "5 people died", "3 firms reportedly" end the phrase,
// but "20,000 suspected cases" and "400 million weekly users" do not.
function isModifierLike(lower: string): boolean {
  if (lower.length > 4 && lower.endsWith('ly') && lower !== 'family' && lower !== 'assembly' && lower !== 'ally') return true
  return lower.length > 4 && lower.endsWith('ed') && !ED_NOUNS.has(lower)
}

const ED_NOUNS = new Set(['hundred', 'speed', 'speeds', 'seed', 'need', 'feed', 'breed', 'greed', 'creed', 'deed', 'reed', 'weed', 'shed', 'bed'])

export interface CountedNoun {
  noun: string // as written
  end: number
}

// The counted noun after `pos`; `isSingular` for a count of one ("one company").
export function countedNounAfter(text: string, pos: number, isSingular: boolean): CountedNoun | undefined {
  const phrase: Word[] = []
  const words = wordsAfter(text, pos, 4)
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    // Another number ("two four-year terms") starts a quantity of its own.
    if (isFunctionWord(word) || NUMBER_WORD_START.test(word.lower)) break
    if (isModifierLike(word.lower)) {
      // A modifier stays only when a plural noun follows it directly.
      const following = words[i + 1]
      if (isSingular || !following || !isPluralNoun(following.lower) || isFunctionWord(following)) break
      return { noun: following.raw, end: following.end }
    }
    phrase.push(word)
    // The plural is the head; the words before it are modifiers ("valid patents" → patents).
    if (!isSingular && isPluralNoun(word.lower)) return { noun: word.raw, end: word.end }
  }
  if (phrase.length === 0) return undefined
  // No plural: a collective or singular noun phrase ("engineering community"),
  // unless it ends in a name ("65 million PlayStation 5 consoles").
  if (/^\p{Lu}/u.test(phrase[phrase.length - 1]!.raw)) return undefined
  const kept = phrase.slice(0, 3)
  const last = kept[kept.length - 1]!
  const first = isSingular ? last : kept[0]!
  return { noun: text.slice(first.start, last.end), end: last.end }
}
