// Sentences for the million-claim library: news copy about figures (≈70 %) and plain
// facts (appointments, rulings, treaties), over a vocabulary of some thousands of words:
// the labelled set's own words (so that the library is on the same topics as the
// queries, the hard case for retrieval), lists of places, bodies and measures, and
// some hundreds of generated company and person names. Figures in USD, EUR, GBP,
// percent, percentage points, counts of things, tonnes, TWh, MW and km, years
// 2000–2025. Deterministic: the same seed gives the same sentences. Pure.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type Random = () => number

// mulberry32: small, fast, seeded.
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!
// Skewed towards the start of the list, as word use is: the first words are common.
const zipf = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() ** 2.2 * list.length)]!
const words = (text: string) => text.trim().split(/\s*\n\s*|\s{2,}|,\s*/).filter(Boolean)

const COUNTRIES = words(`Germany, France, Spain, Italy, Portugal, Poland, Sweden, Norway, Denmark, Finland, Ireland, Greece, Austria, Belgium, the Netherlands,
  Switzerland, Czechia, Hungary, Romania, Bulgaria, Croatia, Slovakia, Slovenia, Estonia, Latvia, Lithuania, the UK, the US, Canada, Mexico, Brazil,
  Argentina, Chile, Colombia, Peru, Japan, China, India, Indonesia, Vietnam, Thailand, the Philippines, Malaysia, South Korea, Australia, New Zealand,
  Nigeria, Kenya, Ghana, Ethiopia, Egypt, Morocco, South Africa, Turkey, Israel, Saudi Arabia, Pakistan, Bangladesh, Ukraine, Kazakhstan, Iceland`)
const CITIES = words(`Lyon, Leeds, Porto, Gdansk, Malmo, Bergen, Aarhus, Tampere, Cork, Thessaloniki, Graz, Antwerp, Rotterdam, Basel, Brno, Debrecen, Cluj,
  Plovdiv, Split, Kosice, Ljubljana, Tartu, Riga, Vilnius, Manchester, Glasgow, Cardiff, Belfast, Chicago, Houston, Phoenix, Denver, Seattle, Boston,
  Atlanta, Toronto, Calgary, Monterrey, Curitiba, Rosario, Valparaiso, Medellin, Arequipa, Osaka, Nagoya, Chengdu, Wuhan, Pune, Chennai, Surabaya,
  Da Nang, Chiang Mai, Cebu, Penang, Busan, Perth, Auckland, Lagos, Mombasa, Kumasi, Alexandria, Casablanca, Durban, Izmir, Haifa, Jeddah, Lahore`)
const BODIES = words(`the statistics office, the central bank, the finance ministry, the health ministry, the energy regulator, the competition authority,
  the national audit office, the employers' federation, the trade union congress, the chamber of commerce, the housing agency, the transport authority,
  the environment agency, the interior ministry, the education department, the port authority, the tourism board, the farmers' union, the IMF,
  the World Bank, the OECD, the European Commission, Eurostat, the UN refugee agency, the WHO, the IEA, the credit rating agency, the pension fund`)
const COMPANY_KINDS = words(`Group, Holdings, Bank, Energy, Motors, Airlines, Telecom, Foods, Steel, Pharma, Logistics, Mining, Insurance, Retail, Chemicals, Power,
  Shipping, Capital, Networks, Media, Rail, Cement, Textiles, Semiconductors, Biotech, Solar, Water, Health, Games, Foods International`)
const SYLLABLES = words(`va, ren, to, ra, mi, kel, sa, dor, ni, ost, lu, ber, an, tis, co, mar, zel, ve, pol, max, ter, ion, qua, dri, fen, gar, hol, ix, jun, kor,
  lan, mo, nor, pre, sto, tal, ul, vin, wes, yor, zan, bra, cle, dru, eva, fro`)
const FIRST_NAMES = words(`Maria, Anna, Sofia, Elena, Laura, Clara, Julia, Marta, Eva, Ines, Lena, Nora, Ada, Ruth, Leila, Amara, Yuki, Mei, Priya, Zainab,
  Jan, Piotr, Lars, Erik, Jonas, Marco, Luca, Pablo, Diego, Tomas, Ivan, Omar, Ahmed, Kwame, Tunde, Hiroshi, Wei, Arjun, Rahul, David, Peter, Paul,
  Michael, Thomas, James, Robert, Daniel, Samuel, Felix, Hugo`)
const LAST_NAMES = words(`Keller, Novak, Rossi, Garcia, Silva, Kowalski, Lindqvist, Hansen, Virtanen, Murphy, Papadopoulos, Gruber, Peeters, de Vries, Meier,
  Dvorak, Nagy, Popescu, Ivanova, Horvat, Kovac, Tamm, Berzins, Kazlauskas, Smith, Jones, Taylor, Brown, Wilson, Tremblay, Hernandez, Santos,
  Fernandez, Rojas, Vargas, Tanaka, Suzuki, Zhang, Li, Sharma, Patel, Santoso, Nguyen, Srisai, Reyes, Tan, Kim, Park, Walker, Okafor, Mwangi,
  Mensah, Tesfaye, Hassan, Benali, Naidoo, Yilmaz, Cohen, Al-Rashid, Khan, Rahman, Shevchenko, Nurlanov, Jonsson, Fischer, Weber, Schulz`)
const ROLES = words(`chief executive, finance minister, central bank governor, chief economist, head of research, health minister, mayor, party leader,
  chair, director general, chief scientist, trade commissioner, energy minister, labour minister, spokesperson`)

// Measures by unit, each as it reads in a sentence.
const PERCENT_MEASURES = words(`unemployment, youth unemployment, inflation, core inflation, the jobless rate, turnout, the vacancy rate, the savings rate,
  the budget deficit, the poverty rate, the home ownership rate, mortgage rates, the share of renewable power, the share of electric cars in new sales,
  the literacy rate, the vaccination rate, the dropout rate, the recycling rate, the occupancy rate, the default rate, the tax take, wage growth,
  economic growth, output, the trade surplus, the share of women on boards, broadband coverage, the pass rate, food inflation, energy prices`)
const MONEY_MEASURES = words(`exports of steel, exports of wine, imports of coffee, imports of gas, revenue, net profit, operating profit, sales, spending on defence,
  spending on rail, spending on schools, investment in solar power, investment in chip plants, the budget for hospitals, fines, public debt,
  the annual budget, tax receipts, foreign direct investment, remittances, aid, farm subsidies, research funding, the pension deficit, bonuses,
  the cost of the stadium, the bailout, bond sales, venture funding, tourism receipts, the wage bill, compensation payments`)
const COUNTED = words(`jobs, homes, patients, students, visitors, tourists, passengers, vehicles, electric cars, flights, teachers, nurses, doctors, refugees,
  migrants, asylum applications, murders, burglaries, road deaths, births, deaths, weddings, businesses, start-ups, bankruptcies, apprentices,
  new homes, hospital beds, charging points, wind turbines, patents, complaints, arrests, prisoners, measles cases, cancer diagnoses, overdoses,
  strikes, protesters, subscribers, users, downloads, smartphones, tractors, cattle, trees, schools, libraries, pubs`)
const GOODS = words(`wheat, maize, rice, copper, coal, steel, cement, coffee, cocoa, sugar, soybeans, timber, aluminium, nickel, lithium, fertiliser, plastic waste,
  fish, potatoes, grapes, cotton, iron ore, salt, milk, beef`)
const UP = words(`rose, increased, grew, climbed, jumped, surged, went up, edged up`)
const DOWN = words(`fell, dropped, declined, decreased, slipped, shrank, slumped, eased`)
const LEVEL = words(`reached, stood at, hit, totalled, came to, was, amounted to`)
const MONTHS = words(`January, February, March, April, May, June, July, August, September, October, November, December`)
const PERIODS = words(`in the first quarter of, in the second quarter of, in the third quarter of, in the fourth quarter of, in the first half of,
  in the second half of, in the year to March, in the fiscal year, in`)
const ACTS = [
  (r: Random) => `${organisation(r)} appointed ${person(r)} as ${pick(r, ROLES)} in ${pick(r, MONTHS)} ${year(r)}`,
  (r: Random) => `The supreme court ruled in ${year(r)} that ${organisation(r)} had breached ${pick(r, ['competition law', 'privacy rules', 'its licence', 'labour law', 'sanctions'])}`,
  (r: Random) => `${place(r)} signed a ${pick(r, ['trade agreement', 'defence pact', 'fisheries deal', 'tax treaty', 'energy partnership'])} with ${pick(r, COUNTRIES)} in ${year(r)}`,
  (r: Random) => `${person(r)} won the ${pick(r, ['marathon', 'election', 'open', 'grand prix', 'prize for literature', 'mayoral race'])} in ${pick(r, CITIES)} in ${year(r)}`,
  (r: Random) => `${place(r)} banned ${pick(r, ['single-use plastics', 'petrol cars', 'smoking in bars', 'short-term lets', 'phones in schools', 'fur farming'])} from ${pick(r, MONTHS)} ${year(r)}`,
  (r: Random) => `${organisation(r)} agreed to buy ${organisation(r)} in ${year(r)}`,
  (r: Random) => `${place(r)} became the first ${pick(r, ['country', 'region', 'city'])} to ${pick(r, ['tax', 'ban', 'subsidise', 'legalise', 'regulate'])} ${zipf(r, fixtureWords())} ${zipf(r, fixtureWords())}`,
  (r: Random) => `${person(r)}, the ${pick(r, ROLES)}, resigned in ${pick(r, MONTHS)} ${year(r)} after ${zipf(r, fixtureWords())} ${pick(r, ['allegations', 'protests', 'a vote', 'an inquiry', 'losses'])}`,
]

let fixtureVocabulary: string[] | undefined
// The labelled set's own lower-case words, most frequent first.
function fixtureWords(): string[] {
  if (fixtureVocabulary) return fixtureVocabulary
  const counts = new Map<string, number>()
  for (const file of ['checked.jsonl', 'queries.jsonl', 'near-misses.jsonl']) {
    for (const line of readFileSync(path.resolve('tests/fixtures/checked-before', file), 'utf8').split('\n')) {
      if (!line.trim()) continue
      for (const [word] of (JSON.parse(line) as { text: string }).text.matchAll(/(?<![\p{L}\d])\p{Ll}[\p{Ll}-]{2,}(?![\p{L}\d])/gu)) counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return (fixtureVocabulary = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word))
}

let fixtureNameList: string[] | undefined
// The labelled set's names (capitalised words not opening a sentence), most frequent first.
function fixtureNames(): string[] {
  if (fixtureNameList) return fixtureNameList
  const counts = new Map<string, number>()
  for (const file of ['checked.jsonl', 'queries.jsonl', 'near-misses.jsonl']) {
    for (const line of readFileSync(path.resolve('tests/fixtures/checked-before', file), 'utf8').split('\n')) {
      if (!line.trim()) continue
      for (const [name] of (JSON.parse(line) as { text: string }).text.matchAll(/(?<=[\p{Ll},] )\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*/gu)) counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  return (fixtureNameList = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name))
}

let companyNames: string[] | undefined
function companies(): string[] {
  if (companyNames) return companyNames
  const random = seededRandom(7)
  const names = new Set<string>()
  while (names.size < 600) {
    const name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, SYLLABLES)).join('')
    names.add(`${name[0]!.toUpperCase()}${name.slice(1)} ${pick(random, COMPANY_KINDS)}`)
  }
  return (companyNames = [...names])
}

const year = (r: Random) => 2000 + Math.floor(r() * 26)
const person = (r: Random) => `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`
const organisation = (r: Random) => zipf(r, companies())
const place = (r: Random) => (r() < 0.7 ? zipf(r, COUNTRIES) : pick(r, CITIES))
const subject = (r: Random) => {
  const roll = r()
  return roll < 0.45 ? place(r) : roll < 0.75 ? organisation(r) : roll < 0.9 ? pick(r, BODIES) : zipf(r, fixtureNames())
}
const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1)

// A value of some significance, log-normal around `median`, with `digits` significant digits.
function around(r: Random, median: number, spread: number, digits: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())
  const value = median * Math.exp(spread * normal)
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - digits + 1)
  return Math.max(magnitude, Math.round(value / magnitude) * magnitude)
}
const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 })
const decimal = (value: number, places: number) => (Number.isInteger(value) ? String(value) : value.toFixed(places))

function percent(r: Random): string {
  const value = Math.min(99.9, around(r, 5, 0.9, 2))
  const text = decimal(Number(value.toFixed(1)), 1)
  return `${text}${pick(r, ['%', '%', '%', ' percent', ' per cent'])}`
}

function money(r: Random): string {
  const currency = pick(r, ['$', '$', '$', '€', '€', '£', 'USD ', 'EUR '])
  const roll = r()
  if (roll < 0.45) return `${currency}${decimal(around(r, 4, 1.1, 2), 1)} billion`
  if (roll < 0.85) return `${currency}${grouped(around(r, 120, 1.2, 2))} million`
  return `${currency}${grouped(around(r, 40_000, 2, 2))}`
}

function count(r: Random, noun: string): string {
  const roll = r()
  const about = r() < 0.15 ? pick(r, ['about ', 'nearly ', 'more than ', 'some ']) : ''
  if (roll < 0.2) return `${about}${decimal(around(r, 2, 1, 2), 1)} million ${noun}`
  return `${about}${grouped(around(r, 3_000, 2, 2))} ${noun}`
}

function physical(r: Random): string {
  const roll = r()
  if (roll < 0.5) return `${grouped(around(r, 50_000, 1.8, 2))} tonnes of ${pick(r, GOODS)}`
  if (roll < 0.7) return `${decimal(around(r, 1.5, 0.8, 2), 1)} million tonnes of ${pick(r, GOODS)}`
  if (roll < 0.8) return `${grouped(around(r, 40, 1.2, 2))} TWh of electricity`
  if (roll < 0.9) return `${grouped(around(r, 400, 1.2, 2))} MW of ${pick(r, ['offshore wind', 'solar capacity', 'battery storage', 'gas-fired capacity'])}`
  return `${grouped(around(r, 300, 1.2, 2))} km of ${pick(r, ['motorway', 'high-speed rail', 'cycle lanes', 'pipeline', 'coastline'])}`
}

// What often follows the figure in news copy: who says so, what it compares with, why.
function tail(r: Random, at: number): string {
  const roll = r()
  if (roll < 0.3) return `, ${pick(r, ['according to', 'figures from', 'data from'])} ${pick(r, BODIES)}`
  if (roll < 0.45) return `, ${pick(r, BODIES)} said`
  if (roll < 0.55) return `, up from ${at - 1 - Math.floor(r() * 3)}`
  if (roll < 0.7) return `, ${pick(r, ['amid', 'despite', 'as', 'after'])} ${zipf(r, fixtureWords())} ${zipf(r, fixtureWords())} ${pick(r, ['worries', 'pressure', 'cuts', 'reforms', 'growth', 'demand', 'costs'])}`
  if (roll < 0.78) return `, ${person(r)}, ${pick(r, ROLES)} at ${organisation(r)}, told reporters`
  return ''
}

// One claim of the library.
export function makeSentence(r: Random): string {
  const roll = r()
  const at = year(r)
  if (roll < 0.3) return `${pick(r, ACTS)(r)}${r() < 0.3 ? tail(r, at) : ''}.`
  const where = subject(r)
  const kind = r()
  let sentence: string
  if (kind < 0.32) {
    const measure = pick(r, PERCENT_MEASURES)
    sentence =
      r() < 0.2
        ? `${capitalise(measure)} in ${where} ${pick(r, [...UP, ...DOWN])} from ${percent(r)} in ${at - 1 - Math.floor(r() * 4)} to ${percent(r)} in ${at}`
        : `${capitalise(measure)} in ${where} ${r() < 0.5 ? `${pick(r, [...UP, ...DOWN])} to` : pick(r, LEVEL)} ${percent(r)} ${pick(r, PERIODS)} ${at}`
  } else if (kind < 0.58) {
    const measure = pick(r, MONEY_MEASURES)
    sentence =
      r() < 0.5
        ? `${capitalise(measure)} ${r() < 0.5 ? `in ${where} ` : `at ${organisation(r)} `}${pick(r, [...UP, ...DOWN, ...LEVEL])} ${r() < 0.3 ? `by ${percent(r)} to ` : ''}${money(r)} in ${at}`
        : `In ${at}, ${where} ${pick(r, ['spent', 'raised', 'earned', 'lost', 'paid', 'borrowed', 'invested'])} ${money(r)} on ${zipf(r, fixtureWords())} ${zipf(r, fixtureWords())}`
  } else if (kind < 0.86) {
    const noun = zipf(r, COUNTED)
    sentence =
      r() < 0.5
        ? `${capitalise(where)} ${pick(r, ['recorded', 'reported', 'registered', 'counted', 'added', 'lost', 'cut'])} ${count(r, noun)} in ${at}`
        : `The number of ${noun} in ${where} ${pick(r, [...UP, ...DOWN, ...LEVEL])} ${r() < 0.4 ? `by ${percent(r)} ` : 'to '}${r() < 0.5 ? count(r, '').trim() : percent(r)} ${pick(r, PERIODS)} ${at}`
  } else if (kind < 0.93) {
    sentence = `${capitalise(place(r))} ${pick(r, ['produced', 'exported', 'imported', 'built', 'installed', 'consumed'])} ${physical(r)} in ${at}`
  } else {
    const measure = pick(r, PERCENT_MEASURES)
    sentence = `${capitalise(measure)} in ${where} ${pick(r, [...UP, ...DOWN])} by ${decimal(around(r, 0.8, 0.7, 1), 1)} percentage points in ${at}`
  }
  return `${capitalise(sentence)}${tail(r, at)}.`
}

export function makeTitle(r: Random): string {
  return `${capitalise(zipf(r, fixtureWords()))} ${zipf(r, fixtureWords())} in ${place(r)}: ${pick(r, ['what the figures say', 'a fact check', 'the numbers', 'explained', 'the year in review'])}`
}

// Distinct words the generator can write (as lower-cased words).
export function vocabularySize(): number {
  const all = [COUNTRIES, CITIES, BODIES, COMPANY_KINDS, FIRST_NAMES, LAST_NAMES, ROLES, PERCENT_MEASURES, MONEY_MEASURES, COUNTED, GOODS, UP, DOWN, LEVEL, MONTHS, PERIODS, companies(), fixtureWords(), fixtureNames()]
  return new Set(all.flat().flatMap((phrase) => phrase.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? [])).size
}
