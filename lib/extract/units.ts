// Units written after a number: percent, percentage points, multiples and
// physical units, as symbols ("5 km", "3GW", "20°C") or words ("3 gigawatts").

import { isLetter, isDigit, skipSpacesForward, wordAfter, wordsAfter, type Word } from './text-cursor'

export interface UnitMatch {
  unit: string
  exponent: number // extra power of ten folded into the value: "2.5 Mt" → t, 6
  start: number
  end: number
  isPer?: boolean // "per cent" style: a word unit, not a symbol
}

// Case-sensitive symbols ("m" is a metre, "M" is not), longest first.
const SYMBOLS: ReadonlyArray<[string, string, number?]> = [
  ['km/h', 'km/h'], ['km²', 'km2'], ['km2', 'km2'], ['m²', 'm2'], ['m2', 'm2'], ['m³', 'm3'],
  ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'], ['Wh', 'Wh'],
  ['kW', 'kW'], ['MW', 'MW'], ['GW', 'GW'], ['TW', 'TW'], ['W', 'W'],
  ['°C', '°C'], ['ºC', '°C'], ['℃', '°C'], ['°F', '°F'], ['ºF', '°F'], ['℉', '°F'],
  ['Mt', 't', 6], ['Gt', 't', 9], ['kt', 't', 3],
  ['km', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['nm', 'nm'], ['mi', 'mi'], ['mph', 'mph'], ['kph', 'km/h'],
  ['kg', 'kg'], ['mg', 'mg'], ['µg', 'µg'], ['μg', 'µg'], ['mcg', 'µg'], ['ozt', 'ozt'], ['oz', 'oz'], ['lbs', 'lb'], ['lb', 'lb'], ['ml', 'ml'], ['mL', 'ml'],
  ['ppm', 'ppm'], ['ppb', 'ppb'], ['bbl', 'bbl'], ['ha', 'ha'], ['GHz', 'GHz'], ['MHz', 'MHz'],
  ['Tbps', 'Tbps'], ['Gbps', 'Gbps'], ['Mbps', 'Mbps'], ['kbps', 'kbps'], ['Gb/s', 'Gbps'], ['Mb/s', 'Mbps'],
  ['TB', 'TB'], ['GB', 'GB'], ['MB', 'MB'], ['kcal', 'kcal'], ['dB', 'dB'], ['mAh', 'mAh'],
  ['ft', 'ft'], ['sq km', 'km2'], ['g', 'g'], ['t', 't'], ['l', 'l'], ['L', 'l'], ['m', 'm'],
  ['yrs', 'years'], ['hrs', 'hours'], ['mins', 'minutes'], ['min', 'minutes'], ['h', 'hours'], ['s', 'seconds'],
]

interface WordUnit {
  words: readonly string[]
  unit: string
  exponent: number
}

function wordUnits(unit: string, forms: string, exponent = 0): WordUnit[] {
  return forms.split('|').map((form) => ({ words: form.split(' '), unit, exponent }))
}

// Spelled-out units; the first word indexes them, longest phrase first.
const WORD_UNITS: WordUnit[] = [
  ...wordUnits('percent', 'per cent|percent|pct|per-cent'),
  ...wordUnits('percentage_point', 'percentage points|percentage point|percentage-points|percentage-point|pp|ppt|ppts|p.p'),
  ...wordUnits('percentage_point', 'basis points|basis point|bps|bp', -2),
  ...wordUnits('km/h', 'kilometres per hour|kilometers per hour'),
  ...wordUnits('mph', 'miles per hour'),
  ...wordUnits('ppm', 'parts per million'),
  ...wordUnits('km2', 'square kilometres|square kilometers|square kilometre|square kilometer|sq km'),
  ...wordUnits('m2', 'square metres|square meters|square metre|square meter'),
  ...wordUnits('mi2', 'square miles|square mile'),
  ...wordUnits('°C', 'degrees celsius|degrees centigrade|degree celsius|degrees c|celsius'),
  ...wordUnits('°F', 'degrees fahrenheit|degree fahrenheit|fahrenheit'),
  ...wordUnits('km', 'kilometres|kilometers|kilometre|kilometer'),
  ...wordUnits('m', 'metres|meters|metre|meter'),
  ...wordUnits('cm', 'centimetres|centimeters|centimetre|centimeter'),
  ...wordUnits('mm', 'millimetres|millimeters|millimetre|millimeter'),
  ...wordUnits('nm', 'nanometres|nanometers|nanometre|nanometer'),
  ...wordUnits('mi', 'miles|mile'),
  ...wordUnits('kg', 'kilograms|kilogrammes|kilogram|kilos|kilo'),
  ...wordUnits('g', 'grams|grammes|gram'),
  ...wordUnits('mg', 'milligrams|milligram'),
  ...wordUnits('µg', 'micrograms|microgram|micrograms'),
  ...wordUnits('ozt', 'troy ounces|troy ounce|troy oz'),
  ...wordUnits('oz', 'ounces|ounce'),
  // "tons" alone is a short ton in the US, a long ton in old British usage and often
  // a tonne in translation: it stays "ton", never silently a metric tonne.
  ...wordUnits('t', 'tonnes|tonne|metric tons|metric ton|metric tonnes'),
  ...wordUnits('short_ton', 'short tons|short ton'),
  ...wordUnits('long_ton', 'long tons|long ton'),
  ...wordUnits('ton', 'tons|ton'),
  ...wordUnits('t', 'megatonnes|megatons|megatonne|megaton', 6),
  ...wordUnits('t', 'gigatonnes|gigatons|gigatonne|gigaton', 9),
  ...wordUnits('t', 'kilotonnes|kilotons', 3),
  ...wordUnits('lb', 'pounds|pound'),
  ...wordUnits('l', 'litres|liters|litre|liter'),
  ...wordUnits('ml', 'millilitres|milliliters'),
  ...wordUnits('gal', 'gallons|gallon'),
  ...wordUnits('bbl', 'barrels|barrel'),
  ...wordUnits('kWh', 'kilowatt-hours|kilowatt hours|kilowatt-hour|kilowatt hour'),
  ...wordUnits('MWh', 'megawatt-hours|megawatt hours|megawatt-hour|megawatt hour'),
  ...wordUnits('GWh', 'gigawatt-hours|gigawatt hours|gigawatt-hour|gigawatt hour'),
  ...wordUnits('TWh', 'terawatt-hours|terawatt hours|terawatt-hour|terawatt hour'),
  ...wordUnits('W', 'watts|watt'),
  ...wordUnits('kW', 'kilowatts|kilowatt'),
  ...wordUnits('MW', 'megawatts|megawatt'),
  ...wordUnits('GW', 'gigawatts|gigawatt'),
  ...wordUnits('TW', 'terawatts|terawatt'),
  ...wordUnits('ha', 'hectares|hectare'),
  ...wordUnits('acre', 'acres|acre'),
  ...wordUnits('ft', 'feet|foot'),
  ...wordUnits('in', 'inches|inch'),
  ...wordUnits('years', 'years|year|yr'),
  ...wordUnits('months', 'months|month'),
  ...wordUnits('weeks', 'weeks|week'),
  ...wordUnits('days', 'days|day'),
  ...wordUnits('hours', 'hours|hour'),
  ...wordUnits('minutes', 'minutes|minute'),
  ...wordUnits('seconds', 'seconds|second'),
  ...wordUnits('times', 'times|fold'),
]

const BY_FIRST_WORD = new Map<string, WordUnit[]>()
for (const entry of WORD_UNITS) {
  const list = BY_FIRST_WORD.get(entry.words[0]!) ?? []
  list.push(entry)
  BY_FIRST_WORD.set(entry.words[0]!, list)
}

const SYMBOLS_BY_FIRST_CHAR = new Map<number, Array<[string, string, number?]>>()
for (const entry of SYMBOLS) {
  const code = entry[0].charCodeAt(0)
  SYMBOLS_BY_FIRST_CHAR.set(code, [...(SYMBOLS_BY_FIRST_CHAR.get(code) ?? []), entry])
}

export const DURATION_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'])

// A unit symbol at `pos` (after optional spaces), ending at a non-letter.
export function unitSymbolAt(text: string, pos: number): UnitMatch | undefined {
  const start = skipSpacesForward(text, pos)
  const first = text.charCodeAt(start)
  if (first === 0x25 /* % */ || first === 0xff05) return { unit: 'percent', exponent: 0, start, end: start + 1 }
  for (const [symbol, unit, exponent] of SYMBOLS_BY_FIRST_CHAR.get(first) ?? []) {
    if (!text.startsWith(symbol, start)) continue
    const after = text.charCodeAt(start + symbol.length)
    if (isLetter(after) || isDigit(after)) continue
    return { unit, exponent: exponent ?? 0, start, end: start + symbol.length }
  }
  return undefined
}

// A unit written in words after `pos`; `words` are the words that follow, read once by the caller.
export function unitWordsAt(words: readonly Word[]): UnitMatch | undefined {
  const first = words[0]
  if (!first) return undefined
  const candidates = BY_FIRST_WORD.get(first.lower)
  if (!candidates) return undefined
  for (const entry of candidates) {
    if (entry.words.length > words.length) continue
    let isMatch = true
    for (let i = 0; i < entry.words.length && isMatch; i++) isMatch = words[i]!.lower === entry.words[i]
    if (isMatch) {
      return { unit: entry.unit, exponent: entry.exponent, start: first.start, end: words[entry.words.length - 1]!.end, isPer: true }
    }
  }
  return undefined
}

export function unitAfter(text: string, pos: number): UnitMatch | undefined {
  const symbol = unitSymbolAt(text, pos)
  if (symbol) return symbol
  const first = wordAfter(text, pos)
  return first && BY_FIRST_WORD.has(first.lower) ? unitWordsAt(wordsAfter(text, pos, 3)) : undefined
}
