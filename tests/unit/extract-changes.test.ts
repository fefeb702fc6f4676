// Ranges ("between 5 and 10 million") are one quantity; changes ("from $8
// billion … to over $110 billion") are two linked quantities with derived figures.
import { describe, expect, it } from 'vitest'
import { deriveChange, extract, extractQuantities } from '@/lib/extract'

function only(text: string) {
  const found = extractQuantities(text)
  expect(found, `quantities of "${text}": ${JSON.stringify(found)}`).toHaveLength(1)
  return found[0]!
}

describe('ranges', () => {
  it.each([
    ['Between 5 and 10 million people fled.', '5000000', '10000000', 'count'],
    ['Prices rose 5–10% this year.', '5', '10', 'percent'],
    ['Prices rose 5%-10% this year.', '5', '10', 'percent'],
    ['The deal is worth $5-10 billion.', '5000000000', '10000000000', 'XDL'],
    ['Funding of between $12 billion and $15 billion was agreed.', '12000000000', '15000000000', 'XDL'],
    ['Symptoms appear after 2–14 days.', '2', '14', 'days'],
    ['Adults need seven to nine hours of sleep.', '7', '9', 'hours'],
    ['The trial enrolled adults aged 40 to 75.', '40', '75', 'years'],
    ['Some 5 to 10 million people fled.', '5000000', '10000000', 'count'],
    ['Turnout among 18- to 24-year-olds was low.', '18', '24', 'years'],
  ])('%s', (text, value, valueMax, unit) => {
    expect(only(text)).toMatchObject({ value, valueMax, unit })
  })

  it('keeps a larger first number without borrowing the scale', () => {
    expect(only('Between 500,000 and 1 million people fled.')).toMatchObject({ value: '500000', valueMax: '1000000' })
  })

  it('reads a vote "310 to 118" as two counts, not a range', () => {
    expect(extractQuantities('It passed by a vote of 310 to 118.').map((q) => q.value)).toEqual(['310', '118'])
  })
})

describe('changes', () => {
  it('links the two ends of "from … to …"', () => {
    const [from, to] = extractQuantities('Investment grew from $8 billion in 2014 to over $110 billion in 2024.')
    expect(from).toMatchObject({ value: '8000000000', unit: 'XDL', year: 2014, role: 'from' })
    expect(to).toMatchObject({ value: '110000000000', unit: 'XDL', year: 2024, role: 'to', qualifier: 'over' })
  })

  it('links "to … from …" and leaves unrelated figures unlinked', () => {
    const [to, from] = extractQuantities('Unemployment fell to 3.8% in March from 4.1% in February.')
    expect(to).toMatchObject({ role: 'to', value: '3.8' })
    expect(from).toMatchObject({ role: 'from', value: '4.1' })
    expect(extractQuantities('Sales rose 5% to $3 billion.').map((q) => q.role)).toEqual([undefined, undefined])
  })

  it('derives ratio, years and CAGR, and shows them as derived on the claim', () => {
    const { claims } = extract('Global investment surged from $8 billion in 2014 to over $110 billion in 2024.')
    expect(claims).toHaveLength(1)
    expect(claims[0]!.changes).toEqual([{ fromIndex: 0, toIndex: 1, ratio: '13.75', years: 10, cagrPercent: '29.97' }])
  })

  it('derives a ratio but no growth rate for percentages, and nothing across units', () => {
    const [to, from] = extractQuantities('Unemployment fell to 3.8% in 2024 from 4.1% in 2023.')
    expect(deriveChange([from!, to!], 0, 1)).toEqual({ fromIndex: 0, toIndex: 1, ratio: '0.9268', years: 1 })
    const money = extractQuantities('It cost $5.')[0]!
    expect(deriveChange([from!, money], 0, 1)).toBeUndefined()
  })

  it('derives figures for a change written in the other order', () => {
    const { claims } = extract('Rents rose to £1,350 in 2024 from £1,000 in 2020.')
    expect(claims[0]!.changes).toEqual([{ fromIndex: 1, toIndex: 0, ratio: '1.35', years: 4, cagrPercent: '7.79' }])
  })
})
