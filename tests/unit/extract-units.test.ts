// Units of extracted quantities: currencies, percentages, counts, ranks,
// multiples and physical units; and the qualifiers that bound them.
import { describe, expect, it } from 'vitest'
import { extractQuantities, QUALIFIERS } from '@/lib/extract'

function only(text: string) {
  const found = extractQuantities(text)
  expect(found, `quantities of "${text}": ${JSON.stringify(found)}`).toHaveLength(1)
  return found[0]!
}

describe('currencies', () => {
  it.each([
    ['It cost $5 million.', 'XDL', '5000000'],
    ['It cost US$5 million.', 'USD', '5000000'],
    ['It cost US$ 4bn.', 'USD', '4000000000'],
    ['It cost USD 250.', 'USD', '250'],
    ['It cost C$300.', 'CAD', '300'],
    ['It cost CA$300.', 'CAD', '300'],
    ['It cost A$500.', 'AUD', '500'],
    ['It cost HK$3.1 billion.', 'HKD', '3100000000'],
    ['In 1998 it cost 400 million pesetas.', 'ESP', '400000000'],
    ['In 1995 it cost 3 billion Deutsche marks.', 'DEM', '3000000000'],
    ['In 1990 it cost 500 billion lire.', 'ITL', '500000000000'],
    ['In 1990 it cost 12 billion drachmas.', 'GRD', '12000000000'],
    ['It cost 500 markka.', 'FIM', '500'],
    ['It cost 20 billion forints.', 'HUF', '20000000000'],
    ['It cost 9 billion korunas.', 'CZK', '9000000000'],
    ['He paid 20 bucks for it.', 'XDL', '20'],
    ['Shares rose 34 cents.', 'XDL', '0.34'],
    ['The board declared a 12-cent dividend.', 'XDL', '0.12'],
    ['The stock traded at 470 pence a share.', 'GBP', '4.7'],
    ['The fee is 50 euro cents.', 'EUR', '0.5'],
    ['It cost 3 dollars 50 cents.', 'XDL', '3.5'],
    ['The ticket cost thirteen dollars and forty-five cents.', 'XDL', '13.45'],
    ['He paid 20 euros 30 cents.', 'EUR', '20.3'],
    ['It cost €45m.', 'EUR', '45000000'],
    ['It cost 12,50 €.', 'EUR', '12.5'],
    ['It cost 1.2bn euros.', 'EUR', '1200000000'],
    ['It cost £3m.', 'GBP', '3000000'],
    ['It cost 40 million pounds sterling.', 'GBP', '40000000'],
    ['It cost ¥112.7trn.', 'JPY', '112700000000000'],
    ['It cost 500 billion yen.', 'JPY', '500000000000'],
    ['It cost 500 million yuan.', 'CNY', '500000000'],
    ['It cost RMB 100 million.', 'CNY', '100000000'],
    ['It cost 3 billion renminbi.', 'CNY', '3000000000'],
    ['It cost ₽500 billion.', 'RUB', '500000000000'],
    ['It cost 4.6 billion rubles.', 'RUB', '4600000000'],
    ['It cost 4.6 billion roubles.', 'RUB', '4600000000'],
    ['It cost ₹1,200.', 'INR', '1200'],
    // Rupees, lira, riyals and dirhams alone: the country only when the sentence names one.
    ['It cost 900 rupees.', 'XRU', '900'],
    ['In India, it cost 900 rupees.', 'INR', '900'],
    ['Pakistan’s flour price rose to 900 rupees a bag.', 'PKR', '900'],
    ['Traders in India and Pakistan paid 900 rupees.', 'XRU', '900'],
    ['The fine was Rs. 5,000.', 'XRU', '5000'],
    ['It cost 900 Sri Lankan rupees.', 'LKR', '900'],
    ['A loaf costs 10 lira.', 'XLR', '10'],
    ['The Turkish lira fell, and a loaf now costs 10 lira.', 'TRY', '10'],
    ['Rents reached 4,000 riyals a month.', 'XRL', '4000'],
    ['Saudi rents reached 4,000 riyals a month.', 'SAR', '4000'],
    ['It cost 2 billion Qatari riyals.', 'QAR', '2000000000'],
    ['Tickets cost 300 dirhams.', 'XDH', '300'],
    ['In Dubai, tickets cost 300 dirhams.', 'AED', '300'],
    ['It cost 300 Moroccan dirhams.', 'MAD', '300'],
    ['It cost CHF 3.5 billion.', 'CHF', '3500000000'],
    ['It cost 20 million Swiss francs.', 'CHF', '20000000'],
  ])('%s → %s', (text, unit, value) => {
    expect(only(text)).toMatchObject({ unit, value })
  })

  it('reads "pounds" as a weight unless it is "pounds sterling" (the labeling guidelines)', () => {
    expect(only('The parcel weighed 12 pounds.')).toMatchObject({ value: '12', unit: 'lb' })
    expect(only('The fund lost 3 million British pounds.')).toMatchObject({ value: '3000000', unit: 'GBP' })
  })
})

describe('percentages and points', () => {
  it.each([
    ['Prices rose 5% in a year.', '5', 'percent'],
    ['Prices rose 5 per cent in a year.', '5', 'percent'],
    ['Prices rose 5 percent in a year.', '5', 'percent'],
    ['Unemployment rose 0.3 percentage points.', '0.3', 'percentage_point'],
    ['The gap narrowed by 2.5 pp.', '2.5', 'percentage_point'],
    ['The bank cut rates by 25 basis points.', '0.25', 'percentage_point'],
    ['Her approval rating fell 4 points to 41%.', '4', 'percentage_point'],
  ])('%s', (text, value, unit) => {
    expect(extractQuantities(text)[0]).toMatchObject({ value, unit })
  })

  it('reads points in a match or on an index as counts', () => {
    expect(only('LeBron James scored 31 points.')).toMatchObject({ value: '31', unit: 'count', countedNoun: 'points' })
    expect(extractQuantities('The Dow fell 500 points, or 1.5%.')[0]).toMatchObject({ value: '500', unit: 'count' })
  })
})

describe('counts, ranks and multiples', () => {
  it.each([
    ['The firm employs 1,200 people.', '1200', 'people'],
    ['China has over 4 million valid patents.', '4000000', 'patents'],
    ['Five major Chinese companies were listed.', '5', 'companies'],
    ['More than 20,000 suspected cases were reported.', '20000', 'cases'],
    ['It has 400 million weekly users.', '400000000', 'users'],
  ])('%s → counts %s %s', (text, value, countedNoun) => {
    expect(only(text)).toMatchObject({ value, unit: 'count', countedNoun })
  })

  it('counts without a noun when none follows', () => {
    const q = only('The death toll climbed to 1,237.')
    expect(q).toMatchObject({ value: '1237', unit: 'count' })
    expect(q.countedNoun).toBeUndefined()
  })

  it.each([
    ['China ranked first worldwide.', '1'],
    ['Germany ranked 3rd in the table.', '3'],
    ["It is the world's second-largest economy.", '2'],
    ['She finished second in the race.', '2'],
    ['Sinner rose to world No 1 in the rankings.', '1'],
    ['Five firms are among the top 50.', '50'],
  ])('%s → rank %s', (text, value) => {
    expect(extractQuantities(text).find((q) => q.unit === 'rank')).toMatchObject({ value })
  })

  it('does not read ordinals of time as ranks', () => {
    expect(extractQuantities('In the third quarter and the first half, for the first time, the second team won.')).toEqual([])
  })

  it.each([
    ['Sales were three times higher.', '3'],
    ['Investment saw a 13.75-fold rise.', '13.75'],
    ['Costs rose tenfold in a decade.', '10'],
    ['The new chip is 10x faster.', '10'],
    ['Smokers are twice as likely to fall ill.', '2'],
  ])('%s → times %s', (text, value) => {
    expect(only(text)).toMatchObject({ value, unit: 'times' })
  })
})

describe('physical units and durations', () => {
  it.each([
    ['The tower is 828 metres tall.', '828', 'm'],
    ['He ran 100m in the final.', '100', 'm'],
    ['The route is 3,400 km long.', '3400', 'km'],
    ['The lake covers 500 square kilometres.', '500', 'km2'],
    ['It weighed 95 kg.', '95', 'kg'],
    ['The dose was 50 mcg.', '50', 'µg'],
    ['The dose was 20 micrograms.', '20', 'µg'],
    ['Gold sold 40,000 troy ounces.', '40000', 'ozt'],
    ['The bag held 16 ounces.', '16', 'oz'],
    ['The farm shipped 40 tons.', '40', 'ton'],
    ['The farm shipped 5 short tons.', '5', 'short_ton'],
    ['The farm shipped 30 metric tons.', '30', 't'],
    ['Emissions fell to 2.5 Mt.', '2500000', 't'],
    ['Emissions fell to 2.5 million tonnes.', '2500000', 't'],
    ['The plant produces 3.2 gigawatts.', '3.2', 'GW'],
    ['The grid used 10 TWh.', '10', 'TWh'],
    ['The battery stores 75 kWh.', '75', 'kWh'],
    ['Temperatures reached 45°C.', '45', '°C'],
    ['Temperatures reached 113 °F.', '113', '°F'],
    ['Average speed was 120 km/h.', '120', 'km/h'],
    ['CO2 reached 420 ppm.', '420', 'ppm'],
    ['Output was 10.5 million barrels a day.', '10500000', 'bbl'],
    ['The farm spans 2,000 hectares.', '2000', 'ha'],
    ['Burning 1 litre of petrol.', '1', 'l'],
    ['He retired aged 65.', '65', 'years'],
    ['A 10-year plan was approved.', '10', 'years'],
    ['The talks lasted 48 hours.', '48', 'hours'],
    ['Bolt won the final in 9.58s.', '9.58', 'seconds'],
    ['It stayed high for 12 consecutive months.', '12', 'months'],
  ])('%s → %s %s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit })
  })

  it('reads rates per period', () => {
    expect(only('Output was 10.5 million barrels per day.').period).toEqual({ per: 'day' })
    expect(only('A household spends £1,500 a year on energy.').period).toEqual({ per: 'year' })
    expect(only('GDP per capita grew 2% annually.').period).toEqual({ per: 'year' })
    expect(only('Sales rose 5% from a year earlier.').period).toBeUndefined()
  })
})

describe('qualifiers', () => {
  it.each([
    ['over 500 people', 'over'],
    ['above 45°C', 'over'],
    ['more than 500 people', 'more_than'],
    ['exceeded 500 people', 'exceeded'],
    ['surpassed $3 trillion', 'exceeded'],
    ['exceeds 500 people', 'exceeded'],
    ['at least 40 people', 'at_least'],
    ['no fewer than 12 ministers', 'at_least'],
    ['nearly 500 people', 'nearly'],
    ['almost 500 people', 'nearly'],
    ['close to 500 people', 'nearly'],
    ['about 500 people', 'about'],
    ['around 500 people', 'about'],
    ['roughly 500 people', 'about'],
    ['approximately 500 people', 'about'],
    ['some 500 people', 'about'],
    ['~70 billion parameters', 'about'],
    ['up to 40% of jobs', 'up_to'],
    ['as many as 300,000 people', 'up_to'],
    ['less than 5%', 'less_than'],
    ['under 18 years', 'less_than'],
    ['below 2°C', 'less_than'],
    ['fewer than 70 rhinos', 'less_than'],
    ['exactly 12,500,000 shares', 'exactly'],
    ['precisely 42 votes', 'exactly'],
  ])('"%s" → %s', (phrase, qualifier) => {
    const q = only(`The report counted ${phrase} in total.`)
    expect(q.qualifier).toBe(qualifier)
    expect(q.text.startsWith(phrase.split(' ')[0]!)).toBe(true)
  })

  it('covers every qualifier of the output type', () => {
    expect(QUALIFIERS).toHaveLength(9)
  })

  it('leaves a number without qualifier alone, and "no more than" is not "more than"', () => {
    expect(only('The firm has 40 staff.').qualifier).toBeUndefined()
    // Words outside the guidelines' list bound nothing.
    expect(only('Deaths topped 47,000 last summer.').qualifier).toBeUndefined()
    expect(only('Malaria killed an estimated 608,000 people.').qualifier).toBeUndefined()
    expect(only('Each person may carry no more than 2 bags.').qualifier).toBe('up_to')
  })
})
