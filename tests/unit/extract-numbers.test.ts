// Number formats and exact decimal arithmetic of the extraction engine.
import { describe, expect, it } from 'vitest'
import { extractQuantities } from '@/lib/extract'
import { cagrPercent, compareDecimal, divideSignificant, multiplyDecimal, normalizeDecimal, shiftDecimal } from '@/lib/extract/decimal'
import { parseNumberWords } from '@/lib/extract/number-words'
import { parseDigits } from '@/lib/extract/parse-number'

function only(text: string) {
  const found = extractQuantities(text)
  expect(found, `quantities of "${text}": ${JSON.stringify(found)}`).toHaveLength(1)
  return found[0]!
}

describe('exact decimals', () => {
  it('normalizes without floating point', () => {
    expect(normalizeDecimal('007.50')).toBe('7.5')
    expect(normalizeDecimal('0.000')).toBe('0')
    expect(normalizeDecimal('-0012.10')).toBe('-12.1')
    expect(normalizeDecimal('.5')).toBe('0.5')
  })

  it('applies scales exactly where floats would not', () => {
    expect(shiftDecimal('15.3', 9)).toBe('15300000000')
    expect(shiftDecimal('0.1', 1)).toBe('1')
    expect(shiftDecimal('1.0000000000000001', 12)).toBe('1000000000000.0001')
    expect(shiftDecimal('25', -2)).toBe('0.25')
    expect(multiplyDecimal('0.1', '0.2')).toBe('0.02') // 0.1 * 0.2 = 0.020000000000000004 in floats
  })

  it('compares and divides', () => {
    expect(compareDecimal('10', '9.99')).toBe(1)
    expect(compareDecimal('1.50', '1.5')).toBe(0)
    expect(divideSignificant('110000000000', '8000000000', 4)).toBe('13.75')
    expect(divideSignificant('1', '3', 4)).toBe('0.3333')
    expect(divideSignificant('2', '3', 4)).toBe('0.6667')
    expect(divideSignificant('123456', '1', 4)).toBe('123500')
    expect(divideSignificant('5', '0', 4)).toBeUndefined()
  })

  it('computes a compound annual growth rate with integer roots', () => {
    expect(cagrPercent('8000000000', '110000000000', 10)).toBe('29.97')
    expect(cagrPercent('100', '200', 1)).toBe('100.00')
    expect(cagrPercent('100', '121', 2)).toBe('10.00')
    expect(cagrPercent('200', '100', 1)).toBe('-50.00')
    expect(cagrPercent('0', '100', 3)).toBeUndefined()
  })
})

describe('numbers written with digits', () => {
  it.each([
    ['1,234.5', '1234.5', true],
    ['12,345,678', '12345678', true],
    ['15 000', '15000', true],
    ['15\u00a0000', '15000', true],
    ['15\u2009000', '15000', true],
    ['15\u202f000,5', '15000.5', true],
    ['1.234.567', '1234567', true],
    ['1.234,5', '1234.5', true],
    ['3,4', '3.4', false],
    ['1.234', '1.234', false],
    ['0.5', '0.5', false],
    ['2024', '2024', false],
  ])('%s → %s', (written, value, hasGrouping) => {
    const number = parseDigits(written, 0)
    expect(number).toMatchObject({ value, hasGrouping, end: written.length })
  })

  it('does not read "1,2,3" as a European decimal', () => {
    expect(parseDigits('1,2,3', 0).end).toBe(1)
  })

  it('leaves a year after a number alone ("in 2014 300 people")', () => {
    expect(extractQuantities('In 2014 300 people left.').map((q) => q.value)).toEqual(['300'])
  })

  it.each([
    ['The deal was worth $1.5bn.', '1500000000', 'XDL', 'bn'],
    ['Revenue reached £48.6mn.', '48600000', 'GBP', 'mn'],
    ['It raised $85k from fans.', '85000', 'XDL', 'k'],
    ['Debt stood at $1.1tn.', '1100000000000', 'XDL', 'tn'],
    ['The fund holds ¥112.7trn.', '112700000000000', 'JPY', 'trn'],
    ['Nvidia earned $61.5B.', '61500000000', 'XDL', 'B'],
    ['The app passed 3m downloads.', '3000000', 'count', 'm'],
    ['About 15.3 billion was spent.', '15300000000', 'count', 'billion'],
  ])('scale: %s', (text, value, unit, scale) => {
    expect(only(text)).toMatchObject({ value, unit, scale })
  })

  it('reads an inflation of 3,4 % (European decimal) and a negative temperature', () => {
    expect(only('Inflation was 3,4 % in March.')).toMatchObject({ value: '3.4', unit: 'percent' })
    expect(only('It fell to −89.2 °C at night.')).toMatchObject({ value: '-89.2', unit: '°C', text: '−89.2 °C' })
    expect(only('Output changed by -3.2% last year.')).toMatchObject({ value: '-3.2', unit: 'percent' })
  })

  it('finds no figure in a web address', () => {
    expect(extractQuantities('Visit https://example.org/file%280024.pdf or www.example.org/2024/05/report-12 for details.')).toEqual([])
    expect(extractQuantities('The link was example.org/report%2012 and it rose 5%.').map((q) => q.value)).toEqual(['5'])
  })

  it('keeps two prices in a list apart', () => {
    expect(extractQuantities('Tickets cost $5 and 50 cents for children.').map((q) => [q.value, q.unit])).toEqual([['5', 'XDL'], ['0.5', 'XDL']])
  })

  it('reads a sign written out, but not a subtraction', () => {
    expect(only('Growth was minus five percent last year.')).toMatchObject({ value: '-5', unit: 'percent', text: 'minus five percent' })
    expect(only('The balance was negative 0.3% in May.')).toMatchObject({ value: '-0.3', unit: 'percent' })
    expect(extractQuantities('The sum 10 minus 4 is 6.').map((q) => q.value)).toEqual(['10', '4', '6'])
  })
})

describe('numbers written as words', () => {
  it.each([
    ['five', '5'],
    ['twenty', '20'],
    ['twenty-one', '21'],
    ['three hundred and fifty', '350'],
    ['two hundred', '200'],
    ['first', '1'],
    ['twenty-first', '21'],
  ])('%s → %s', (written, value) => {
    expect(parseNumberWords(`${written} things`, 0)?.value).toBe(value)
  })

  it('does not run two numbers together ("five six")', () => {
    expect(parseNumberWords('five six', 0)?.value).toBe('5')
  })

  it.each([
    ['A dozen firms bid for the contract.', '12', 'firms'],
    ['Half a million people signed.', '500000', 'people'],
    ['More than a million voters came.', '1000000', 'voters'],
    ['Five million people live there.', '5000000', 'people'],
    ['The striker scored twenty-one goals.', '21', 'goals'],
    ['Only one patient was admitted.', '1', 'patient'],
  ])('%s', (text, value, countedNoun) => {
    expect(only(text)).toMatchObject({ value, unit: 'count', countedNoun })
  })

  it('ignores number words that count nothing', () => {
    expect(extractQuantities('The two agreed. One of the firms left. No one came. One day it rained.')).toEqual([])
    expect(extractQuantities('One in four adults is affected, and a third of them work.')).toEqual([])
    expect(extractQuantities('Seven in 10 voters and 9 out of 10 dentists agree; nearly two-thirds of them are old.')).toEqual([])
    expect(extractQuantities('He won 9 of 10 games.').map((q) => q.value)).toEqual(['9', '10'])
  })
})

describe('a figure at the very start of the text', () => {
  it.each([
    ['4,512,000,000 dollars', '4512000000', 'XDL'],
    ['12% of voters', '12', 'percent'],
    ['20.4 million people', '20400000', 'count'],
    ['15.3 billion dollars', '15300000000', 'XDL'],
  ])('reads %s whole', (text, value, unit) => {
    expect(extractQuantities(text)).toMatchObject([{ start: 0, value, unit }])
  })
})
