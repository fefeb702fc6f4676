import { describe, expect, it } from 'vitest'
import { currencyName, formatQuantity, groupDigits } from '@/lib/claims/format-quantity'

describe('formatQuantity', () => {
  it('writes the normal form with qualifier, unit and time', () => {
    expect(formatQuantity({ value: '110000000000', unit: 'USD', qualifier: 'over', year: 2024 })).toBe('over 110,000,000,000 USD · in 2024')
    expect(formatQuantity({ value: '20000000', unit: 'count', countedNoun: 'engineers' })).toBe('20,000,000 engineers')
    expect(formatQuantity({ value: '1', unit: 'rank' })).toBe('rank 1')
    expect(formatQuantity({ value: '3.5', unit: 'percent', qualifier: 'more_than' })).toBe('more than 3.5%')
    expect(formatQuantity({ value: '15000', unit: 'count', countedNoun: 'sanctions', qualifier: 'over', period: { from: 2022, isSince: true } })).toBe('over 15,000 sanctions · since 2022')
    expect(formatQuantity({ value: '15000', unit: 'count', countedNoun: 'articles', period: { per: 'year', lastYears: 20 } })).toBe('15,000 articles · per year · over the past 20 years')
    expect(formatQuantity({ value: '5000000', valueMax: '10000000', unit: 'count', countedNoun: 'people' })).toBe('5,000,000–10,000,000 people')
  })

  it('says a dollar of no stated country in words, never as a code', () => {
    expect(formatQuantity({ value: '8000000000', unit: 'XDL', year: 2014 })).toBe('8,000,000,000 dollars (country unspecified) · in 2014')
    expect(formatQuantity({ value: '8000000000', unit: 'USD' })).toBe('8,000,000,000 USD')
    expect(currencyName('XDL')).toBe('dollar, country unspecified')
    expect(currencyName('HKD')).toBe('HKD')
  })

  it('says rupees, lira, riyals and dirhams of no stated country in words too', () => {
    expect(formatQuantity({ value: '900', unit: 'XRU' })).toBe('900 rupees (country unspecified)')
    expect(formatQuantity({ value: '4000', unit: 'XRL' })).toBe('4,000 riyals or rials (country unspecified)')
    expect(currencyName('XDH')).toBe('dirham, country unspecified')
    expect(currencyName('XLR')).toBe('lira, country unspecified')
  })

  it('groups digits of exact decimals without floating point', () => {
    expect(groupDigits('123456789012345678901234567890.125')).toBe('123,456,789,012,345,678,901,234,567,890.125')
    expect(groupDigits('-1500')).toBe('−1,500')
  })
})
