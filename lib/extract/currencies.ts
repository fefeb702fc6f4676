// Currency symbols, ISO 4217 codes and currency names, before or after a number.

import { isLetter, isUpper, matchAfter, skipSpacesBackward, skipSpacesForward, wordAfter, wordsAfter, type Phrase } from './text-cursor'

// Symbols written before (or, in European style, after) the number. Longest first,
// so "US$" wins over "$". A bare "$" is USD unless another dollar is written.
const SYMBOLS: ReadonlyArray<[string, string]> = [
  ['U.S.$', 'USD'], ['CAN$', 'CAD'], ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'],
  ['MX$', 'MXN'], ['NT$', 'TWD'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['₴', 'UAH'], ['元', 'CNY'],
]

// Codes accepted as written ("USD 5 billion", "3.5 million CHF"); RMB is the yuan.
const CODES = new Map<string, string>([
  ...['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'KRW', 'BRL', 'MXN',
    'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'SAR', 'AED', 'ILS', 'NGN', 'UAH', 'TWD', 'PKR', 'IDR', 'THB', 'EGP',
    'KZT', 'ARS', 'CZK', 'HUF', 'QAR', 'KWD', 'VND', 'PHP', 'MYR', 'CLP', 'COP', 'BDT', 'IRR'].map((c): [string, string] => [c, c]),
  ['RMB', 'CNY'], ['Rs', 'INR'],
])

interface CurrencyName extends Phrase {
  code: string
  // "won" is also a verb: accepted only when the number carries a scale word
  // ("1.2 trillion won"). "pounds" alone is a weight, as the labeling guidelines
  // say: money is "£" or "pounds sterling".
  needsScale?: boolean
  // A sub-unit: "34 cents" is 0.34 dollars.
  exponent?: number
}

const NAMES: readonly CurrencyName[] = [
  ...[
    ['us', 'dollars', 'USD'], ['american', 'dollars', 'USD'],
    ['canadian', 'dollars', 'CAD'], ['australian', 'dollars', 'AUD'], ['singapore', 'dollars', 'SGD'],
    ['taiwan', 'dollars', 'TWD'], ['swiss', 'francs', 'CHF'], ['pounds', 'sterling', 'GBP'],
    ['indian', 'rupees', 'INR'], ['pakistani', 'rupees', 'PKR'], ['mexican', 'pesos', 'MXN'],
    ['argentine', 'pesos', 'ARS'], ['south', 'african', 'rand'], ['chinese', 'yuan', 'CNY'],
    ['japanese', 'yen', 'JPY'], ['russian', 'rubles', 'RUB'], ['russian', 'roubles', 'RUB'],
    ['british', 'pounds', 'GBP'], ['turkish', 'lira', 'TRY'], ['brazilian', 'reais', 'BRL'],
    // Currencies the euro replaced, which older articles and statistics still quote.
    ['deutsche', 'marks', 'DEM'], ['german', 'marks', 'DEM'], ['french', 'francs', 'FRF'], ['belgian', 'francs', 'BEF'],
    ['italian', 'lire', 'ITL'], ['italian', 'lira', 'ITL'], ['finnish', 'markka', 'FIM'], ['irish', 'pounds', 'IEP'],
  ].map(([a, b, code]) => ({ words: [a!, b!], code: code === 'rand' ? 'ZAR' : code! })),
  { words: ['hong', 'kong', 'dollars'], code: 'HKD' },
  { words: ['new', 'zealand', 'dollars'], code: 'NZD' },
  // Sub-units, before the single words so "euro cents" wins over "euro". Cents are
  // the dollar's unless another currency is named, as a bare "$" is; pence are sterling's.
  ...[['euro', 'cents', 'EUR'], ['us', 'cents', 'USD'], ['cents', 'USD'], ['cent', 'USD'], ['pence', 'GBP'], ['penny', 'GBP'], ['pennies', 'GBP']]
    .map((entry) => ({ words: entry.slice(0, -1), code: entry.at(-1)!, exponent: -2 })),
  ...Object.entries({
    dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
    renminbi: 'CNY', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rupees: 'INR', rupee: 'INR',
    francs: 'CHF', lira: 'TRY', liras: 'TRY', reais: 'BRL', pesos: 'MXN', rand: 'ZAR', naira: 'NGN',
    hryvnias: 'UAH', hryvnia: 'UAH', zlotys: 'PLN', zloty: 'PLN', shekels: 'ILS', riyals: 'SAR', dirhams: 'AED',
    rmb: 'CNY', tenge: 'KZT', ringgit: 'MYR', baht: 'THB', rupiah: 'IDR',
    forints: 'HUF', forint: 'HUF', korunas: 'CZK', koruna: 'CZK', koruny: 'CZK', bucks: 'USD',
    markka: 'FIM', markkaa: 'FIM', pesetas: 'ESP', peseta: 'ESP', escudos: 'PTE', escudo: 'PTE',
    drachmas: 'GRD', drachmae: 'GRD', drachma: 'GRD', lire: 'ITL', guilders: 'NLG', guilder: 'NLG',
    schillings: 'ATS', schilling: 'ATS', deutschmarks: 'DEM', deutschemarks: 'DEM',
  }).map(([word, code]) => ({ words: [word], code })),
  { words: ['won'], code: 'KRW', needsScale: true },
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
  const firstWord = wordAfter(text, start, false)
  if (!firstWord || !NAME_FIRST_WORDS.has(firstWord.lower)) return undefined
  const words = wordsAfter(text, pos, 3)
  const match = matchAfter(words, NAMES)
  if (!match || (match.entry.needsScale && !hasScale)) return undefined
  return { code: match.entry.code, exponent: match.entry.exponent, start: words[0]!.start, end: match.end }
}
