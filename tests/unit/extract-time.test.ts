// Years, dates, times and identifiers are not quantities; years become the
// year or period of the quantity they qualify.
import { describe, expect, it } from 'vitest'
import { extractQuantities } from '@/lib/extract'

function only(text: string) {
  const found = extractQuantities(text)
  expect(found, `quantities of "${text}": ${JSON.stringify(found)}`).toHaveLength(1)
  return found[0]!
}

describe('years and dates are not quantities', () => {
  it.each([
    'The law was passed in 2024.',
    'Sanctions have grown since 2022.',
    'The summit was held on 5 May 2023.',
    'The summit was held on May 5, 2023.',
    'Leaders met from 13 to 15 June.',
    'The boom of the 2020s and the 1990s.',
    "Prices were lower in the '90s.",
    'Output doubled between 2014 and 2024.',
    'The 2014–2024 decade was calm.',
    'The 2022-23 season ended.',
    'The 2024 elections were close.',
    'It happened in mid-2024 and pre-2008.',
    'The meeting began at 10:42 a.m.',
    'Kick-off is at 19:45 on Saturday.',
    'The shop opens at 9am.',
    'The shop opens at 9 pm.',
    'The data were published on 2023-05-05.',
  ])('%s', (text) => {
    expect(extractQuantities(text)).toEqual([])
  })

  it('counts a four-digit number when it counts something', () => {
    expect(only('Some 2000 soldiers were deployed.')).toMatchObject({ value: '2000', unit: 'count', qualifier: 'about' })
    expect(only('The firm sold 1500 cars.')).toMatchObject({ value: '1500', countedNoun: 'cars' })
  })
})

describe('time of a quantity', () => {
  it('takes the year that follows it in the same clause', () => {
    expect(only('Sales reached $5 billion in 2024.')).toMatchObject({ year: 2024 })
    expect(only('Sales reached $5 billion (2024).')).toMatchObject({ value: '5000000000' })
  })

  it('takes a fronted year for the quantities after it', () => {
    const [a, b] = extractQuantities('In 2023, the firm hired 500 engineers and opened 3 offices.')
    expect(a).toMatchObject({ value: '500', year: 2023 })
    expect(b).toMatchObject({ value: '3', year: 2023 })
  })

  it('does not lend a year from another clause or a different event', () => {
    const [staff] = extractQuantities('The company was founded in 1886 and has 300,000 employees.')
    expect(staff!.year).toBeUndefined()
  })

  it('reads since, ranges and look-back periods', () => {
    expect(only('Russia faces over 15,000 sanctions since 2022.').period).toEqual({ from: 2022, isSince: true })
    expect(only('Output rose 40% between 2014 and 2024.').period).toEqual({ from: 2014, to: 2024 })
    expect(only('Output rose 40% from 2014 to 2024.').period).toEqual({ from: 2014, to: 2024 })
    expect(only('Output rose 40% over the past 20 years.').period).toEqual({ lastYears: 20 })
    expect(only('Output rose 40% over the last two decades.').period).toEqual({ lastYears: 20 })
    expect(only('They wrote 15,000 articles per year over the past 20 years.').period).toEqual({ per: 'year', lastYears: 20 })
  })

  it('reads "by 2030" as the year of a forecast', () => {
    expect(only('Up to 40% of jobs could go by 2030.')).toMatchObject({ value: '40', year: 2030, qualifier: 'up_to' })
  })

  it('keeps a look-back period out of the quantities', () => {
    expect(extractQuantities('Over the past five years, the economy changed.')).toEqual([])
  })
})

describe('names and identifiers are not quantities', () => {
  it.each([
    'The COVID-19 pandemic spread.',
    'G20 leaders met the G7.',
    'Operators rolled out 5G networks.',
    'The 4K screen and the 3D printer.',
    'Windows 11 and Windows 10 are supported.',
    'The Boeing 737 was grounded.',
    'Article 5 was invoked.',
    'The new iPhone 15 sold out.',
    'The firm joined the Fortune 500 this spring.',
    'He won the Formula 1 title.',
    'It filed for Chapter 11 protection.',
    'Section 230 protects platforms.',
    'See page 12 and figure 3.',
    'The F-35 jet flew.',
    'Python 3.12 was released.',
    'The H5N1 virus spread.',
    'Levels of CO2 rose.',
    'The COP28 deal was signed.',
    'Call 0800 015 4402 at any time.',
    'Dial +41 22 555 01 23 for help.',
    'Call 1-800-555-0199 for support.',
    'Please call 111 if you need help.',
    'It is not a 999 emergency.',
    'They won 3-1 at home.',
    'The ratio was 3:1.',
    'It won the Six Nations.',
    'He won the 24 Hours of Le Mans.',
    'The 787 Dreamliner flew again.',
    'The Fed raised rates in Q3 and H1, the FY24 report said.',
  ])('%s', (text) => {
    expect(extractQuantities(text)).toEqual([])
  })

  it('still measures after a name', () => {
    expect(only('A court fined Google 4.6 billion rubles.')).toMatchObject({ value: '4600000000', unit: 'RUB' })
    expect(only('Sony sold 65 million PlayStation 5 consoles.')).toMatchObject({ value: '65000000', unit: 'count' })
  })
})
