// Currency symbols, ISO 4217 codes and currency names, before or after a number.

import { CURRENCY_FAMILIES, familyOf } from './currency-families'
import { isLetter, isUpper, matchAfter, skipSpacesBackward, skipSpacesForward, wordAfter, wordsAfter, type Phrase } from './text-cursor'

// A dollar the text does not place: "$", "dollars", "cents", "bucks". Over twenty
// countries write "$"; reading it as the US dollar is how a figure check ends up
// comparing Hong Kong dollars with US dollars without a word. XDL sits in ISO 4217's
// user-assigned range (XAA–XZZ), so it can never be a real currency's code.
export const UNSPECIFIED_DOLLAR = 'XDL'

// Currencies written with a "$" (the peso's "MX$" aside): what an XDL figure may be.
const DOLLAR_CODES = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD']

// The units a figure in `unit` may turn out to be, for finding (never for comparing):
// "$110 billion" may be any dollar, and a claim in "$" may be the US$ figure searched for.
// Likewise for the other families of lib/extract/currency-families.ts.
export function possibleUnits(unit: string): string[] {
  if (unit === UNSPECIFIED_DOLLAR) return [UNSPECIFIED_DOLLAR, ...DOLLAR_CODES]
  if (DOLLAR_CODES.includes(unit)) return [unit, UNSPECIFIED_DOLLAR]
  const family = CURRENCY_FAMILIES[unit]
  if (family) return [unit, ...Object.keys(family.members)]
  const familyCode = familyOf(unit)
  return familyCode ? [unit, familyCode] : [unit]
}

// Symbols written before (or, in European style, after) the number. Longest first,
// so "US$" wins over "$". A bare "$" is a dollar of no stated country.
const SYMBOLS: ReadonlyArray<[string, string]> = [
  ['U.S.$', 'USD'], ['CAN$', 'CAD'], ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'],
  ['MX$', 'MXN'], ['NT$', 'TWD'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['$', UNSPECIFIED_DOLLAR], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['₴', 'UAH'], ['元', 'CNY'],
]

// Codes accepted as written ("USD 5 billion", "3.5 million CHF"); RMB is the yuan.
const CODES = new Map<string, string>([
  ...['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'KRW', 'BRL', 'MXN',
    'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'SAR', 'AED', 'ILS', 'NGN', 'UAH', 'TWD', 'PKR', 'IDR', 'THB', 'EGP',
    'KZT', 'ARS', 'CZK', 'HUF', 'QAR', 'KWD', 'VND', 'PHP', 'MYR', 'CLP', 'COP', 'BDT', 'IRR'].map((c): [string, string] => [c, c]),
  ['RMB', 'CNY'], ['Rs', 'XRU'],
])

interface CurrencyName extends Phrase {
  code: string
  // "won" is also a verb: accepted only when the number carries a scale word
  // ("1.2 trillion won"). "pounds" alone is a weight, as the labeling guidelines
  // say: money is "£" or "pounds sterling".
  needsScale?: boolean
  // A sub-unit: "34 cents" is 0.34 dollars; "grand" a thousand.
  exponent?: number
  isSlang?: boolean // a word that is money only when no noun follows it
}

const NAMES: readonly CurrencyName[] = [
  ...[
    ['us', 'dollars', 'USD'], ['american', 'dollars', 'USD'], ['us', 'dollar', 'USD'], ['american', 'dollar', 'USD'],
    ['canadian', 'dollars', 'CAD'], ['australian', 'dollars', 'AUD'], ['singapore', 'dollars', 'SGD'],
    ['taiwan', 'dollars', 'TWD'], ['swiss', 'francs', 'CHF'], ['pounds', 'sterling', 'GBP'],
    ['swedish', 'kronor', 'SEK'], ['czech', 'crowns', 'CZK'], ['danish', 'kroner', 'DKK'], ['norwegian', 'kroner', 'NOK'], ['turkish', 'liras', 'TRY'],
    ['indian', 'rupees', 'INR'], ['pakistani', 'rupees', 'PKR'], ['nepalese', 'rupees', 'NPR'], ['mauritian', 'rupees', 'MUR'], ['mexican', 'pesos', 'MXN'],
    ['saudi', 'riyals', 'SAR'], ['qatari', 'riyals', 'QAR'], ['omani', 'rials', 'OMR'], ['iranian', 'rials', 'IRR'], ['yemeni', 'rials', 'YER'],
    ['emirati', 'dirhams', 'AED'], ['uae', 'dirhams', 'AED'], ['moroccan', 'dirhams', 'MAD'],
    ['argentine', 'pesos', 'ARS'], ['south', 'african', 'rand'], ['chinese', 'yuan', 'CNY'],
    ['japanese', 'yen', 'JPY'], ['russian', 'rubles', 'RUB'], ['russian', 'roubles', 'RUB'],
    ['british', 'pounds', 'GBP'], ['turkish', 'lira', 'TRY'], ['brazilian', 'reais', 'BRL'],
    // Currencies the euro replaced, which older articles and statistics still quote.
    ['deutsche', 'marks', 'DEM'], ['deutsche', 'mark', 'DEM'], ['german', 'marks', 'DEM'], ['french', 'francs', 'FRF'], ['belgian', 'francs', 'BEF'],
    ['italian', 'lire', 'ITL'], ['italian', 'lira', 'ITL'], ['finnish', 'markka', 'FIM'], ['irish', 'pounds', 'IEP'],
  ].map(([a, b, code]) => ({ words: [a!, b!], code: code === 'rand' ? 'ZAR' : code! })),
  { words: ['hong', 'kong', 'dollars'], code: 'HKD' },
  { words: ['new', 'taiwan', 'dollars'], code: 'TWD' },
  { words: ['west', 'african', 'cfa', 'francs'], code: 'XOF' },
  { words: ['central', 'african', 'cfa', 'francs'], code: 'XAF' },
  { words: ['new', 'zealand', 'dollars'], code: 'NZD' },
  { words: ['sri', 'lankan', 'rupees'], code: 'LKR' },
  // Sub-units, before the single words so "euro cents" wins over "euro". Cents are
  // a dollar's of no stated country unless one is named, as a bare "$" is; pence are sterling's.
  ...[['euro', 'cents', 'EUR'], ['us', 'cents', 'USD'], ['cents', UNSPECIFIED_DOLLAR], ['cent', UNSPECIFIED_DOLLAR], ['pence', 'GBP'], ['penny', 'GBP'], ['pennies', 'GBP'], ['paise', 'INR']]
    .map((entry) => ({ words: entry.slice(0, -1), code: entry.at(-1)!, exponent: -2 })),
  ...Object.entries({
    dollars: UNSPECIFIED_DOLLAR, dollar: UNSPECIFIED_DOLLAR, euros: 'EUR', euro: 'EUR', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
    renminbi: 'CNY', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rupees: 'XRU', rupee: 'XRU',
    lira: 'XLR', liras: 'XLR', reais: 'BRL', rand: 'ZAR', naira: 'NGN',
    hryvnias: 'UAH', hryvnia: 'UAH', zlotys: 'PLN', zloty: 'PLN', shekels: 'ILS', riyals: 'XRL', riyal: 'XRL', rials: 'XRL', rial: 'XRL', dirhams: 'XDH', dirham: 'XDH',
    rmb: 'CNY', tenge: 'KZT', ringgit: 'MYR', baht: 'THB', rupiah: 'IDR',
    forints: 'HUF', forint: 'HUF', korunas: 'CZK', koruna: 'CZK', koruny: 'CZK', korun: 'CZK', bucks: UNSPECIFIED_DOLLAR, buck: UNSPECIFIED_DOLLAR,
    quid: 'GBP', kronor: 'SEK', dong: 'VND',
    markka: 'FIM', markkaa: 'FIM', pesetas: 'ESP', peseta: 'ESP', escudos: 'PTE', escudo: 'PTE',
    drachmas: 'GRD', drachmae: 'GRD', drachma: 'GRD', lire: 'ITL', guilders: 'NLG', guilder: 'NLG',
    schillings: 'ATS', schilling: 'ATS', deutschmarks: 'DEM', deutschemarks: 'DEM',
  }).map(([word, code]) => ({ words: [word], code })),
  { words: ['won'], code: 'KRW', needsScale: true },
  // "marks" are also exam marks and points: money only with a scale ("1.2 billion marks").
  { words: ['marks'], code: 'DEM', needsScale: true },
  // "five grand", "80 grand a year": thousands of dollars, the country unstated. Not
  // "two grand slams", "three grand pianos".
  { words: ['grand'], code: UNSPECIFIED_DOLLAR, exponent: 3, isSlang: true },
]

export interface CurrencyMatch {
  code: string
  exponent?: number
  start: number
  end: number
}

const NAME_FIRST_WORDS = new Set(NAMES.map((name) => name.words[0]!))
const SYMBOL_LAST_CHARS = new Set(SYMBOLS.map(([symbol]) => symbol.charCodeAt(symbol.length - 1)))
const SYMBOL_FIRST_CHARS = new Set(SYMBOLS.filter(([symbol]) => !isLetter(symbol.charCodeAt(0))).map(([symbol]) => symbol.charCodeAt(0)))

function isCodeBoundary(text: string, pos: number): boolean {
  return pos <= 0 || pos >= text.length || !isLetter(text.charCodeAt(pos))
}

const NOUNS_AFTER_GRAND = /^\s+(?:slams?|pianos?|prix|jur(?:y|ies)|masters?|tours?|finals?|openings?|prizes?|totals?|dukes?|canyons?|hotels?|theft|larceny|champions?|nationals?)\b/i

function isNounAfter(text: string, end: number): boolean {
  return NOUNS_AFTER_GRAND.test(text.slice(end, end + 12))
}

// "95p", "7.5p": pence glued to the number. Not a video resolution ("1080p").
const RESOLUTIONS = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320'])
export function penceAfter(text: string, end: number, value: string): CurrencyMatch | undefined {
  if (text.charCodeAt(end) !== 0x70 || isLetter(text.charCodeAt(end + 1)) || RESOLUTIONS.has(value)) return undefined
  return { code: 'GBP', exponent: -2, start: end, end: end + 1 }
}

const US_DOLLARS = /^U\.S\.\s?dollars?\b/

// Currency words that several countries use: "francs" (Swiss, French, Belgian, CFA),
// "pesos" (Mexican, Argentine, Chilean…), "kroner" (Danish, Norwegian). Named with their
// country they are read above; alone, a figure in them is left out rather than given a
// country the text does not say, or counted as a number of "francs".
export const UNSETTLED_CURRENCY_WORDS = new Set(['franc', 'francs', 'peso', 'pesos', 'krone', 'kroner', 'crowns', 'dinars', 'dinar', 'shillings', 'shilling'])

// A symbol or code ending at `pos` (the number's start, spaces allowed between).
export function currencyBefore(text: string, pos: number): CurrencyMatch | undefined {
  const end = skipSpacesBackward(text, pos)
  const last = text.charCodeAt(end - 1)
  // Most numbers follow a lower-case word: reject on the last character before reading more.
  if (SYMBOL_LAST_CHARS.has(last)) {
    const tail = text.slice(Math.max(0, end - 5), end)
    for (const [symbol, code] of SYMBOLS) {
      if (!tail.endsWith(symbol)) continue
      const start = end - symbol.length
      // "A$" must not be the end of a word ("USA$" is not a currency we know).
      if (isLetter(symbol.charCodeAt(0)) && !isCodeBoundary(text, start - 1)) continue
      return { code, start, end }
    }
    return undefined
  }
  if (!isUpper(last) && last !== 0x73 /* Rs */ && last !== 0x2e) return undefined
  // Codes: "USD 5 billion", "RMB100", "Rs. 500".
  const codeEnd = text.charCodeAt(end - 1) === 0x2e ? end - 1 : end
  for (const length of [3, 2]) {
    const start = codeEnd - length
    const code = start >= 0 ? CODES.get(text.slice(start, codeEnd)) : undefined
    if (code && isCodeBoundary(text, start - 1)) return { code, start, end }
  }
  return undefined
}

// A symbol, code or name right after `pos` (the end of the number and its scale word).
export function currencyAfter(text: string, pos: number, hasScale: boolean): CurrencyMatch | undefined {
  const start = skipSpacesForward(text, pos)
  const first = text.charCodeAt(start)
  if (SYMBOL_FIRST_CHARS.has(first)) {
    for (const [symbol, code] of SYMBOLS) {
      if (symbol.length <= 2 && text.startsWith(symbol, start) && !isLetter(symbol.charCodeAt(0))) {
        return { code, start, end: start + symbol.length }
      }
    }
    return undefined
  }
  if (!isLetter(first)) return undefined
  const maybeCode = text.slice(start, start + 3)
  if (start > pos && isUpper(first) && CODES.has(maybeCode) && isCodeBoundary(text, start + 3)) {
    return { code: CODES.get(maybeCode)!, start, end: start + 3 }
  }
  // "U.S." reads as the words "U" and "S" (periods are no word characters): read it whole.
  const us = first === 0x55 ? US_DOLLARS.exec(text.slice(start, start + 16)) : null
  if (us) return { code: 'USD', start, end: start + us[0].length }
  const firstWord = wordAfter(text, start, false)
  if (!firstWord || !NAME_FIRST_WORDS.has(firstWord.lower)) return undefined
  const words = wordsAfter(text, pos, 3)
  const match = matchAfter(words, NAMES)
  if (!match || (match.entry.needsScale && !hasScale)) return undefined
  if (match.entry.isSlang && (hasScale || isNounAfter(text, match.end))) return undefined
  return { code: match.entry.code, exponent: match.entry.exponent, start: words[0]!.start, end: match.end }
}
