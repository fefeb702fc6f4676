// What makes a claim the claim it is, beyond its words: its figures (normalized, with
// the rounding they were written with), the years and periods it speaks of, who or
// what it is about, which way a change goes and which measure it names. Two claims
// with similar words but a different one of these are different claims. Pure.
import { roundingBounds, type ExtractedQuantity } from '@/lib/extract'
import { contentWords, stem } from './word-swap'

export interface ProfileFigure {
  text: string
  low: number
  high: number
  unit: string
  // For counts: what is counted, reduced to a stem ("murders" → "murder").
  noun: string | null
  year: number | null
  // Written as a change by this much ("shrank by $1.7tn") or as a level ("was $1.7tn",
  // "to $107.6bn"); null when the words around it do not say plainly.
  change: 'by' | 'level' | null
}

export interface ClaimProfile {
  figures: ProfileFigure[]
  years: Set<number>
  // Quarters, halves and months: "q1", "h2", "march".
  periods: Set<string>
  // Names of people, places and bodies, lower-cased, demonyms as their country.
  entities: Set<string>
  directions: Set<'up' | 'down'>
  // One side of each contrast the claim names ("export" of export/import).
  contrasts: Set<string>
  // Its words less stop words and figures, in order (word-swap.ts).
  words: string[]
  // Says that something did not happen, or is not so.
  negated: boolean
}

type QuantityLike = Pick<ExtractedQuantity, 'text' | 'value' | 'unit'> & { valueMax?: string | null; countedNoun?: string | null; qualifier?: string | null; year?: number | null; role?: string | null }

export function profileClaim(text: string, quantities: readonly QuantityLike[]): ClaimProfile {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []
  return {
    figures: quantities.map((quantity) => toFigure(quantity, text)),
    years: new Set([...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((match) => Number(match[1]))),
    periods: periodsOf(text.toLowerCase()),
    entities: entitiesOf(text),
    directions: new Set(words.flatMap((word) => (UP.has(word) ? ['up' as const] : DOWN.has(word) ? ['down' as const] : []))),
    contrasts: new Set(words.map(contrastOf).filter((side): side is string => side !== null)),
    words: contentWords(text, quantities.map(figureOnly)),
    negated: NEGATION.test(text.replace(NOT_NEGATION, ' ')),
  }
}

// A figure's text less what it counts ("1.91 million" of "1.91 million households"):
// the counted thing stays among the words, where a swapped one ("residents") shows.
function figureOnly(quantity: QuantityLike): string {
  const noun = quantity.countedNoun
  return noun && quantity.text.toLowerCase().endsWith(` ${noun.toLowerCase()}`) ? quantity.text.slice(0, -noun.length).trim() : quantity.text
}

// Words that make a figure approximate: "about 600,000" may be 597,000.
const APPROXIMATE = new Set(['about', 'nearly'])
const APPROXIMATE_REACH = 0.02
// A round figure ("600,000", "a billion") is only as precise as its last non-zero
// digit, but never looser than this share of its value.
const ROUND_FIGURE_REACH = 0.01

function toFigure(quantity: QuantityLike, text: string): ProfileFigure {
  const value = Number(quantity.value)
  const max = quantity.valueMax ? Number(quantity.valueMax) : value
  const written = /\d[\d,]*(?:\.\d+)?/.exec(quantity.text)?.[0]
  const bounds = written && !/^[\d,]*[1-9]$|\./.test(written) ? null : roundingBounds(quantity.text, quantity.value)
  // Digits that end in a non-zero or a decimal: their last digit's half step; a round
  // or spelt-out figure: up to ROUND_FIGURE_REACH of it.
  let halfStep = bounds ? (Number(bounds.high) - Number(bounds.low)) / 2 : Math.abs(value) * ROUND_FIGURE_REACH
  if (written && !bounds) {
    const zeros = /0*$/.exec(written.replace(/,/g, ''))![0].length
    const multiplier = Math.abs(value / Number(written.replace(/,/g, '')))
    halfStep = Math.max(0.5 * multiplier, Math.min((10 ** zeros / 2) * multiplier, Math.abs(value) * ROUND_FIGURE_REACH))
  }
  const at = text.indexOf(quantity.text)
  const isApproximate = (quantity.qualifier && APPROXIMATE.has(quantity.qualifier)) || (at > 0 && APPROXIMATE_BEFORE.test(text.slice(0, at))) || /^(roughly|around|some|approximately|almost|close to)\b/i.test(quantity.text)
  if (isApproximate) halfStep = Math.max(halfStep, Math.abs(value) * APPROXIMATE_REACH)
  return {
    text: quantity.text,
    low: Math.min(value, max) - halfStep,
    high: Math.max(value, max) + halfStep,
    unit: quantity.unit,
    noun: quantity.countedNoun ? stem(quantity.countedNoun.toLowerCase()) : null,
    year: quantity.year ?? null,
    change: at >= 0 ? changeBefore(text.slice(0, at)) : null,
  }
}

// The word before the figure, past an approximation ("by about 3%").
function changeBefore(before: string): ProfileFigure['change'] {
  const previous = /([\p{L}]+)\W*$/u.exec(before.replace(APPROXIMATE_BEFORE, ''))?.[1]?.toLowerCase()
  return previous === 'by' ? 'by' : previous && LEVEL_BEFORE.has(previous) ? 'level' : null
}
const LEVEL_BEFORE = new Set(['was', 'is', 'were', 'are', 'at', 'to', 'totalled', 'totaled', 'reached', 'hit', 'stood'])

const APPROXIMATE_BEFORE = /\b(about|around|roughly|some|approximately|almost|nearly|close to|just over|just under|an estimated|estimated)\s+$/i

const NEGATION = /\b(not|no|never|none|neither|nor|without)\b|n['’]t\b/i
// Not negations: "no less than £11.44", "no more than", "not only".
// Nor superlatives told with one: "no country took in more", "a pace not seen since 1991".
const NOT_NEGATION = /\b(no|not)\s+(less|more|fewer|later|earlier|only)\b|\bno\s+\p{L}+\s+(?:\p{L}+\s+){0,3}(?:more|bigger|larger|higher)\b|\bnot\s+(?:seen\s+)?since\b/giu

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4' }

function periodsOf(lower: string): Set<string> {
  const periods = new Set<string>()
  for (const match of lower.matchAll(/\b(first|second|third|fourth|1st|2nd|3rd|4th)[ -](quarter|half)\b/g)) {
    periods.add(`${match[2] === 'quarter' ? 'q' : 'h'}${ORDINALS[match[1]!]}`)
  }
  for (const match of lower.matchAll(/\b([qh])([1-4])\b/g)) periods.add(`${match[1]}${match[2]}`)
  // "May" is also a verb; only a month when a year or a day is next to it.
  for (const month of MONTHS) {
    if (new RegExp(`\\b${month}\\b${month === 'may' ? '(?=\\s+(\\d|of\\b))' : ''}`).test(lower)) periods.add(month)
  }
  return periods
}

// Capitalised words that are not names: sentence openers, months, titles.
const NOT_NAMES = new Set(
  `a an the this that these those it its in on at by for from of to with as after before during since until over under about around nearly almost more less fewer
   than some most many much all each every no not one two three four five six seven eight nine ten last next this according despite although though while when
   however meanwhile overall total but and or so yet if new official officials data figures statistics report reports survey analysis study government ministry
   minister president prime chief mr mrs ms dr prof there here their his her our we they he she i you between among per almost roughly just only also still even
   monday tuesday wednesday thursday friday saturday sunday ${MONTHS.join(' ')}`.split(/\s+/),
)

const DEMONYMS: Record<string, string> = {
  american: 'us', america: 'us', usa: 'us', 'u.s': 'us', 'u.s.': 'us', 'united states': 'us', british: 'uk', britain: 'uk', 'united kingdom': 'uk', english: 'england',
  chinese: 'china', russian: 'russia', french: 'france', german: 'germany', italian: 'italy', spanish: 'spain', japanese: 'japan', indian: 'india',
  brazilian: 'brazil', canadian: 'canada', mexican: 'mexico', australian: 'australia', korean: 'korea', turkish: 'turkey', polish: 'poland', dutch: 'netherlands',
  swedish: 'sweden', norwegian: 'norway', danish: 'denmark', finnish: 'finland', irish: 'ireland', scottish: 'scotland', welsh: 'wales', greek: 'greece',
  portuguese: 'portugal', europe: 'eu', nigerian: 'nigeria', kenyan: 'kenya', egyptian: 'egypt', ukrainian: 'ukraine', european: 'eu', 'european union': 'eu', african: 'africa',
  argentine: 'argentina', argentinian: 'argentina', chilean: 'chile', colombian: 'colombia', peruvian: 'peru', pakistani: 'pakistan', iranian: 'iran',
  israeli: 'israel', saudi: 'saudi arabia', vietnamese: 'vietnam', thai: 'thailand', indonesian: 'indonesia', filipino: 'philippines', swiss: 'switzerland',
  austrian: 'austria', belgian: 'belgium', czech: 'czechia', hungarian: 'hungary', romanian: 'romania', ethiopian: 'ethiopia', ghanaian: 'ghana',
}

// A capital stands for its country's government ("Washington said"): the country is
// added beside the city, so that either matches, and two cities still differ.
const CAPITALS: Record<string, string> = {
  washington: 'us', brussels: 'eu', beijing: 'china', moscow: 'russia', london: 'uk', berlin: 'germany', paris: 'france', tokyo: 'japan', delhi: 'india',
  'new delhi': 'india', riyadh: 'saudi arabia', kyiv: 'ukraine', kiev: 'ukraine', ottawa: 'canada', canberra: 'australia', rome: 'italy', madrid: 'spain',
  ankara: 'turkey', tehran: 'iran', seoul: 'korea', brasilia: 'brazil', 'brasília': 'brazil', pretoria: 'south africa', cairo: 'egypt', abuja: 'nigeria',
  nairobi: 'kenya', warsaw: 'poland', athens: 'greece', lisbon: 'portugal', dublin: 'ireland', vienna: 'austria', bern: 'switzerland', stockholm: 'sweden',
  oslo: 'norway', copenhagen: 'denmark', helsinki: 'finland', 'mexico city': 'mexico', 'buenos aires': 'argentina', santiago: 'chile', 'bogotá': 'colombia',
  bogota: 'colombia', lima: 'peru', islamabad: 'pakistan', jakarta: 'indonesia', manila: 'philippines', hanoi: 'vietnam', bangkok: 'thailand', 'the hague': 'netherlands',
  amsterdam: 'netherlands', westminster: 'uk', whitehall: 'uk',
}

// Countries, which often open a sentence ("Germany exported…") where a capital letter
// says nothing; any other name is recognised by its capital letter within a sentence.
const COUNTRIES = new Set([
  ...Object.values(DEMONYMS),
  ...`afghanistan algeria angola bangladesh belarus bolivia bulgaria cambodia cameroon croatia cuba ecuador estonia georgia iraq jamaica jordan kazakhstan
   latvia lebanon libya lithuania malaysia morocco mozambique myanmar nepal qatar rwanda senegal serbia singapore slovakia slovenia somalia sudan syria
   taiwan tanzania tunisia uganda uruguay uzbekistan venezuela yemen zambia zimbabwe`.split(/\s+/),
])

// The words of names: runs of capitalised words ("New York", "World Bank") and
// acronyms, less the words above, a possessive dropped ("China's"), demonyms as their
// country. Words, not whole names, so that "New York" and "York" do not differ. A
// capitalised word opening a sentence is a name only if it is a country, an acronym
// or a possessive. A currency prefix ("US$") is not a name.
function entitiesOf(text: string): Set<string> {
  const entities = new Set<string>()
  for (const match of text.matchAll(/\b(?:[A-Z][\p{L}.&-]*(?:['’]s)?)(?:\s+(?:of\s+|de\s+|the\s+|for\s+|and\s+)?[A-Z][\p{L}.&-]*(?:['’]s)?)*(?![$€£¥\p{L}\d])/gu)) {
    const all = match[0].split(/\s+/)
    const words = all.filter((word) => !NOT_NAMES.has(bare(word)) && !JOINERS.has(word))
    const opensSentence = match.index === 0 || /(^|[.!?:;]["”’)]?\s+|["“(]\s*)$/.test(text.slice(0, match.index))
    if (opensSentence && words[0] === all[0] && !isClearlyName(words[0]!) && !(all.length === 1 && actsAsSubject(words[0]!, text.slice(match.index + match[0].length)))) words.shift()
    if (!words.length) continue
    const whole = words.map(bare).join(' ')
    for (const word of [whole, ...words.map(bare)]) {
      const country = DEMONYMS[word] ?? CAPITALS[word]
      if (country) entities.add(country)
      if (word !== whole || words.length === 1) entities.add(DEMONYMS[word] ?? word)
    }
    // "International Monetary Fund" is also "IMF".
    // Less a sentence's opening "The": "The Swiss National Bank" is "SNB".
    const named = all.filter((word) => !JOINERS.has(word.toLowerCase()))
    if (named.length >= 2) entities.add(named.map((word) => word[0]!.toLowerCase()).join(''))
  }
  return entities
}

const JOINERS = new Set(['of', 'de', 'the', 'for', 'and'])

export const isCountry = (name: string) => COUNTRIES.has(name)

const bare = (word: string) => word.replace(/['’]s$/, '').replace(/\.$/, '').toLowerCase()

// A single capitalised word opening the sentence and doing something ("Nagoya cut",
// "Tesla produced") is a name; a plural ("Hackers stole") is more likely a noun.
function actsAsSubject(word: string, after: string): boolean {
  const next = /^\s+([a-z]+)\b/.exec(after)?.[1]
  return word.length >= 3 && !/[^s]s$/.test(word) && next !== undefined && (/^[a-z]{3,}ed$/.test(next) || SUBJECT_VERBS.has(next))
}
const SUBJECT_VERBS = new Set(['cut', 'hit', 'won', 'rose', 'fell', 'grew', 'became', 'spent', 'paid', 'lost', 'made', 'sold', 'set', 'took', 'saw', 'had', 'has', 'is', 'was', 'will', 'says', 'said', 'raised', 'borrowed', 'earned', 'invested', 'got', 'gave', 'led', 'ran', 'shed', 'built', 'bought'])

function isClearlyName(word: string): boolean {
  const name = bare(word)
  return COUNTRIES.has(DEMONYMS[name] ?? name) || /^[A-Z]{2,}/.test(word) || /['’]s$/.test(word)
}

const UP = new Set(
  'rise rises rose risen rising increase increased increases increasing grow grows grew grown growing growth climb climbed climbs jump jumped jumps surge surged surges soar soared soars gain gained gains up higher boost boosted doubled tripled expanded expand expands strengthened appreciated widened'.split(
    ' ',
  ),
)
const DOWN = new Set(
  'fall falls fell fallen falling decline declined declines declining drop dropped drops dropping decrease decreased decreases decreasing shrink shrank shrunk shrinks plunge plunged plunges slump slumped slumps dip dipped dips down lower cut cuts reduced reduce reduces contracted contract contracts halved slid slide slides tumbled tumble lost loses lose weakened depreciated narrowed'.split(
    ' ',
  ),
)

// Measures that are easily confused in near-identical sentences. A claim naming one
// side and another naming only the other are about different things.
const CONTRASTS: string[][] = [
  ['export', 'import'],
  ['death', 'case|infection'],
  ['birth', 'death'],
  ['revenue|sales|income', 'profit|loss'],
  ['spending|expenditure', 'revenue|income'],
  ['deficit', 'surplus'],
  ['men|male|boy', 'women|female|girl'],
  ['urban', 'rural'],
  ['public', 'private'],
  ['domestic', 'foreign'],
  ['minimum', 'maximum|average|median'],
  ['highest', 'lowest'],
  ['employment', 'unemployment'],
  ['adult', 'child|children'],
  ['buy|bought|purchase', 'sell|sold'],
  ['primary', 'secondary'],
  ['north|northern', 'south|southern'],
  ['east|eastern', 'west|western'],
]
const CONTRAST_SIDES = CONTRASTS.flatMap((pair, index) => pair.map((words, side) => ({ pattern: new RegExp(`^(?:${words})(?:s|es|ed)?$`), key: `${index}:${side}` })))

function contrastOf(word: string): string | null {
  return CONTRAST_SIDES.find((side) => side.pattern.test(word))?.key ?? null
}
