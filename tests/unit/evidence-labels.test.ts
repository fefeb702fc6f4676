import { describe, expect, it } from 'vitest'
import { comparisonLabel } from '@/lib/evidence/comparison-label'
import { safeHref } from '@/components/sources/safe-href'
import { sourceBodyFrom, toDateInput } from '@/components/sources/source-form-values'
import { reliabilityLabel } from '@/components/sources/source-labels'

describe('comparisonLabel', () => {
  it('says a matching figure matches, in green', () => {
    expect(comparisonLabel({ kind: 'matches' })).toMatchObject({ text: 'matches', tone: 'match' })
  })

  it('gives the signed difference; small ones amber, large ones red', () => {
    expect(comparisonLabel({ kind: 'differs', percent: '+8.2' })).toMatchObject({ text: 'differs by +8.2%', tone: 'near' })
    expect(comparisonLabel({ kind: 'differs', percent: '-9.9' })).toMatchObject({ text: 'differs by -9.9%', tone: 'near' })
    expect(comparisonLabel({ kind: 'differs', percent: '-10.0' })).toMatchObject({ text: 'differs by -10.0%', tone: 'far' })
    expect(comparisonLabel({ kind: 'differs', percent: '+150.0' })).toMatchObject({ tone: 'far' })
  })

  it('says "differs" without a percentage when the source value is zero', () => {
    expect(comparisonLabel({ kind: 'differs', percent: null })).toMatchObject({ text: 'differs', tone: 'far' })
  })

  it('names why figures cannot be compared, in grey', () => {
    expect(comparisonLabel({ kind: 'incomparable', reason: 'unit' })).toMatchObject({ text: 'different unit', tone: 'neutral' })
    expect(comparisonLabel({ kind: 'incomparable', reason: 'period' })).toMatchObject({ text: 'different period', tone: 'neutral' })
    expect(comparisonLabel({ kind: 'incomparable', reason: 'currency', claimCurrency: 'USD', sourceCurrency: 'XDL' })).toEqual({
      text: 'different currency',
      tone: 'neutral',
      description: 'The claim is in USD, the source in dollar, country unspecified: without exchange rates they cannot be compared.',
    })
    expect(comparisonLabel({ kind: 'unparsed' })).toMatchObject({ text: 'could not read the figure', tone: 'neutral' })
  })
})

describe('safeHref', () => {
  it('keeps web addresses and drops script and data links', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a')
    expect(safeHref(' HTTP://example.org ')).toBe('HTTP://example.org')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref(' javascript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(safeHref(null)).toBeUndefined()
  })
})

describe('sourceBodyFrom', () => {
  it('reads prefixed fields, trims them, and makes reliability a number or null', () => {
    const form = new FormData()
    form.set('e-url', ' https://stats.example/gdp ')
    form.set('e-title', 'GDP 2024')
    form.set('e-publisher', '')
    form.set('e-type', 'OFFICIAL_STATISTICS')
    form.set('e-reliability', '4')
    form.set('other-title', 'not mine')
    expect(sourceBodyFrom(form, 'e-')).toEqual({ url: 'https://stats.example/gdp', title: 'GDP 2024', publisher: '', type: 'OFFICIAL_STATISTICS', reliability: 4 })
    form.set('e-reliability', '')
    expect(sourceBodyFrom(form, 'e-').reliability).toBeNull()
  })

  it('leaves out fields the form does not have', () => {
    const form = new FormData()
    form.set('title', 'Only a title')
    expect(sourceBodyFrom(form)).toEqual({ title: 'Only a title' })
  })
})

describe('toDateInput and reliabilityLabel', () => {
  it('shows a date column as the day it stores, whatever the time zone', () => {
    expect(toDateInput(new Date('2024-05-31T00:00:00Z'))).toBe('2024-05-31')
    expect(toDateInput('2024-01-01T00:00:00.000Z')).toBe('2024-01-01')
    expect(toDateInput(null)).toBe('')
    expect(toDateInput('not a date')).toBe('')
  })

  it('labels reliability or its absence', () => {
    expect(reliabilityLabel(5)).toBe('5 · authoritative')
    expect(reliabilityLabel(null)).toBe('not rated')
  })
})
