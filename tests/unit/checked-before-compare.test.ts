import { describe, expect, it } from 'vitest'
import { profileClaim } from '@/lib/checked-before/claim-profile'
import { compareClaims } from '@/lib/checked-before/compare-claims'
import { swapsMeaning, contentWords } from '@/lib/checked-before/word-swap'
import { extractQuantities } from '@/lib/extract'

const profile = (text: string) => profileClaim(text, extractQuantities(text))
// Wording as Postgres would measure a close paraphrase; the rules under test are the
// ones that overrule it.
const ALIKE = { overlap: 0.6, trigram: 0.5 }
const compare = (a: string, b: string, wording = ALIKE) => compareClaims(profile(a), profile(b), wording)

describe('the same claim, checked before', () => {
  it('is the same statistic however it is written', () => {
    const result = compare('Global AI investment reached over $110 billion in 2024.', 'Global AI investment hit more than 110bn dollars last year (2024).')
    expect(result).toMatchObject({ isSame: true, figures: 'same', differs: null })
    expect(result.score).toBeGreaterThan(0.3)
  })

  it('is not another year, figure, currency or subject', () => {
    expect(compare('Global AI investment reached over $110 billion in 2024.', 'Global AI investment reached $110 billion in 2023.').differs).toBe('year')
    expect(compare('Global AI investment reached over $110 billion in 2024.', 'Global AI investment reached $150 billion in 2024.').differs).toBe('figure')
    expect(compare('Germany spent €88.5 billion on defence in 2024.', 'Germany spent $88.5 billion on defence in 2024.').differs).toBe('unit')
    expect(compare("China's exports rose 4% to $3.4 trillion in 2023.", "Russia's exports rose 4% to $3.4 trillion in 2023.").differs).toBe('subject')
  })

  it('compares figures within the rounding they were written with', () => {
    expect(compare('Nearly 600,000 people died of malaria in 2023.', 'Malaria killed an estimated 597,000 people in 2023.').isSame).toBe(true)
    expect(compare('Malaria killed 597,000 people in 2023.', 'Malaria killed 560,000 people in 2023.').differs).toBe('figure')
    expect(compare('Inflation was 5.4% in March 2023.', 'Inflation was 5.41% in March 2023.').isSame).toBe(true)
  })

  it('tells a change in the other direction, a negation and a swapped measure apart', () => {
    expect(compare('Heat pump sales in Europe rose about 21% in 2024.', 'Heat pump sales in Europe fell about 21% in 2024.').differs).toBe('direction')
    expect(compare('The court ruled that Switzerland did not violate human rights.', 'The court ruled that Switzerland violated human rights.').differs).toBe('direction')
    expect(compare('Tesla produced 1.79 million vehicles in 2024.', 'Tesla delivered 1.79 million vehicles in 2024.').differs).toBe('measure')
    expect(compare('Exports of steel reached 12 million tonnes in 2022.', 'Imports of steel reached 12 million tonnes in 2022.').differs).toBe('measure')
  })

  it('tells a change by an amount from a level of it, and a counted thing swapped for another', () => {
    expect(compare('The US federal deficit shrank by $1.7 trillion in fiscal 2023.', 'The US federal deficit was $1.7 trillion in fiscal 2023.').differs).toBe('direction')
    expect(compare('Hamburg had 1.91 million households at the end of 2024.', 'Hamburg had 1.91 million residents at the end of 2024.').differs).toBe('measure')
    expect(compare('Two-way trade hit more than $110 billion in 2024.', 'Bilateral trade reached over $110 billion in 2024.').isSame).toBe(true)
  })

  it('reads an acronym after an opening "The", Europe as the EU, and a superlative told with "no" as no negation', () => {
    expect(compare('In September 2024 the SNB reduced its key interest rate to 1%.', 'The Swiss National Bank lowered its policy rate to 1.0% in September 2024.').isSame).toBe(true)
    expect(compare('European heat pump sales dropped by about 21% in 2024.', 'Heat pump sales in Europe fell about 21% in 2024.').isSame).toBe(true)
    expect(compare('No nation sold more LNG abroad in 2024 than the US, which shipped 88.4m tonnes.', 'The United States exported a record 88.4 million tonnes of LNG in 2024.').differs).not.toBe('direction')
  })

  it('asks more of the words when the figures agree only in a round percentage', () => {
    const little = { overlap: 0.2, trigram: 0.2 }
    expect(compare('Sales of new homes by developers rose about 28% in 2024.', 'Gold prices rose 27% in 2024.', little).differs).toBe('wording')
    expect(compare("Shell's underlying profit came in at $23.7bn for 2024.", "Shell's adjusted earnings fell 16% to $23.7 billion in 2024.", little).isSame).toBe(true)
  })

  it('needs similar wording, more of it without figures', () => {
    expect(compare('Inflation in Peru was 4% in 2023.', 'Peru had 4% more tourists in 2023 than the year before.', { overlap: 0.1, trigram: 0.1 }).differs).toBe('wording')
    expect(compare('The treaty bans cluster munitions.', 'The agreement prohibits cluster munitions.', { overlap: 0.5, trigram: 0.45 }).isSame).toBe(true)
    expect(compare('The treaty bans cluster munitions.', 'The minister resigned over the munitions scandal.', { overlap: 0.2, trigram: 0.2 }).isSame).toBe(false)
  })
})

describe('word swaps', () => {
  it('are swaps only in otherwise identical sentences, and not between words that mean the same', () => {
    const words = (text: string) => contentWords(text)
    expect(swapsMeaning(words('Silver prices rose sharply this year'), words('Gold prices rose sharply this year'))).toBe(true)
    expect(swapsMeaning(words('Wages rose sharply this year'), words('Wages increased sharply this year'))).toBe(false)
    expect(swapsMeaning(words('Wages rose sharply this year'), words('Wages rose sharply this year, the ministry said'))).toBe(false)
    expect(swapsMeaning(words('Wages rose sharply'), words('A completely different sentence about housing'))).toBe(false)
    // Moved, not swapped.
    expect(swapsMeaning(words('From 10% to 18%: that was the rise in the lower tax rate in October'), words('The lower tax rate rose from 10% to 18% in October'))).toBe(false)
  })
})
