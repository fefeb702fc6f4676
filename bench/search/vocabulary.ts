// The seed's words and sentences. Words come from compromise's English lexicon (a
// devDependency already) by part of speech, about 4,000 of them with people's names
// and countries; each list is shuffled once and drawn Zipf-wise (the word at rank r
// about 1/r as often as the first), as in real prose, so a few words are in tens of
// thousands of claims and most in a few hundred. A fixed seed: every run the same text.
import nlp from 'compromise'

export function randomSource(seed: number): () => number {
  // mulberry32: small, fast, good enough to make text
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Multi-word subjects, for the phrase query ("supply chains" as typed in quotes).
const TOPICS = [
  'foreign direct investment', 'supply chains', 'quantum technologies', 'the engineering community', 'trade volume', 'defence spending',
  'semiconductor exports', 'research funding', 'the labour market', 'energy imports', 'public debt', 'the housing market',
  'venture capital', 'patent filings', 'grain exports', 'carbon emissions', 'military aid', 'household income',
  'the trade surplus', 'tourism revenue', 'the central bank', 'oil production', 'internet users', 'graduate enrolment',
]

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon
const rng = randomSource(20261206)

function wordsTagged(tags: string[], count: number, isWanted = (_word: string) => true): string[] {
  const words = Object.entries(lexicon)
    .filter(([word, tag]) => /^[a-z]{3,}$/.test(word) && [tag].flat().some((one) => tags.includes(one)) && isWanted(word))
    .map(([word]) => word)
    .sort()
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[words[i], words[j]] = [words[j]!, words[i]!]
  }
  return words.slice(0, count)
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1)
export const VOCABULARY = {
  nouns: wordsTagged(['Singular'], 900),
  // The lexicon's plurals include made-up forms ("indiceses"): only those of a known singular.
  plurals: wordsTagged(['Plural'], 800, (word) => /s$/.test(word) && !/(ings|eses|mans)$/.test(word) && word.replace(/(ie)?s$/, (_, ie) => (ie ? 'y' : '')) in lexicon),
  adjectives: wordsTagged(['Adjective'], 700),
  verbs: wordsTagged(['PastTense'], 600),
  firstNames: wordsTagged(['FirstName', 'MaleName', 'FemaleName'], 500).map(capital),
  lastNames: wordsTagged(['LastName'], 500).map(capital),
  countries: wordsTagged(['Country'], 150).map(capital),
  topics: TOPICS,
}

export function vocabularySize(): number {
  return Object.values(VOCABULARY).reduce((sum, list) => sum + list.length, 0)
}

// Rank r (0-based) with probability about 1/(r+1): exp of a uniform over [0, ln n].
export const zipf = <T>(list: readonly T[], random: () => number): T => list[Math.min(list.length - 1, Math.floor(Math.exp(random() * Math.log(list.length + 1))) - 1)]!

// One checkable sentence with one figure, in the shapes news copy uses; figures are
// written several ways ("$110 billion", "$110bn", "110 billion dollars") so that
// matching on the normalized value finds what matching the words does not.
export function makeSentence(random: () => number): string {
  const pick = <T>(list: readonly T[]) => zipf(list, random)
  const { nouns, plurals, adjectives, verbs, firstNames, lastNames, countries, topics } = VOCABULARY
  const name = `${pick(firstNames)} ${pick(lastNames)}`
  const year = 2000 + Math.floor(random() * 25)
  const mantissa = Math.floor(Math.exp(random() * Math.log(1000)))
  const money = [`$${mantissa} billion`, `$${mantissa}bn`, `${mantissa} billion dollars`, `€${mantissa} million`, `$${mantissa} million`][Math.floor(random() * 5)]!
  const count = `${(mantissa * [1, 10, 100, 1000][Math.floor(random() * 4)]!).toLocaleString('en')} ${pick(plurals)}`
  const percent = `${(Math.floor(random() * 400) / 10).toFixed(1)}%`
  const qualifier = ['over ', 'nearly ', 'about ', 'more than ', ''][Math.floor(random() * 5)]
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${name} said ${pick(adjectives)} ${pick(nouns)} in ${pick(countries)} ${pick(verbs)} ${qualifier}${money} in ${year}.`
    case 1:
      return `According to ${name}, ${pick(topics)} ${pick(verbs)} ${qualifier}${count} in ${year}.`
    case 2:
      return `In ${pick(countries)}, ${pick(adjectives)} ${pick(topics)} rose by ${percent} in ${year}, as ${pick(plurals)} ${pick(verbs)} the ${pick(nouns)}.`
    case 3:
      return `The ${pick(adjectives)} ${pick(nouns)} of ${pick(countries)} ${pick(verbs)} ${qualifier}${money} last year, ${name} wrote.`
    default:
      return `${name} reports that ${qualifier}${count} ${pick(verbs)} ${pick(adjectives)} ${pick(topics)} across ${pick(countries)}.`
  }
}

const PUBLISHERS = ['National Statistics Office', 'World Bank', 'IMF', 'OECD', 'Eurostat', 'Reuters', 'Financial Times', 'Central Bank', 'Ministry of Finance', 'UN Comtrade', 'SIPRI', 'Nature', 'The Economist', 'Bloomberg', 'IEA', 'WIPO']

// A reviewer's remark: questions and notes in the same words as the claims.
export function makeComment(random: () => number): string {
  const pick = <T>(list: readonly T[]) => zipf(list, random)
  const { nouns, adjectives, firstNames, lastNames, countries, topics } = VOCABULARY
  switch (Math.floor(random() * 4)) {
    case 0:
      return `Which year does ${pick(firstNames)} ${pick(lastNames)} use for the ${pick(nouns)}?`
    case 1:
      return `The ${pick(adjectives)} ${pick(nouns)} figure looks high; the ${pick(PUBLISHERS)} gives ${pick(topics)} instead.`
    case 2:
      return `Checked against the ${pick(countries)} statistics office: ${pick(topics)} matches table ${1 + Math.floor(random() * 40)}.`
    default:
      return `@${pick(firstNames)} can you find a ${pick(adjectives)} source for the ${pick(nouns)}?`
  }
}

export function makeSource(random: () => number, index: number) {
  const pick = <T>(list: readonly T[]) => zipf(list, random)
  const { nouns, adjectives, firstNames, lastNames, countries, topics } = VOCABULARY
  const publisher = pick(PUBLISHERS)
  const title = random() < 0.5 ? `${pick(countries)}: ${pick(topics)} statistics ${2000 + Math.floor(random() * 25)}` : `The ${pick(adjectives)} ${pick(nouns)} report`
  const url = `https://${publisher.toLowerCase().replace(/[^a-z]+/g, '')}.example.org/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${index}`
  return { title, publisher, author: `${pick(firstNames)} ${pick(lastNames)}`, url }
}
