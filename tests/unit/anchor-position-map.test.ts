import { describe, expect, it } from 'vitest'
import { buildPositionMap } from '@/lib/anchor/position-map'

const A = 'The central bank raised its key rate to 21%, the highest level since 2003. '
const B = 'Exports fell 4% in the third quarter as demand from China weakened further. '
const C = 'Unemployment stood at 5.2% in March, unchanged from the previous month.'

describe('buildPositionMap', () => {
  it('maps offsets inside unchanged sentences, across a moved paragraph', () => {
    const old = `${A}${B}\n\n${C}`
    const next = `${C}\n\n${A}${B}`
    const map = buildPositionMap(old, next)
    const offset = old.indexOf('5.2%')
    expect(map.exact(offset)).toBe(next.indexOf('5.2%'))
    expect(map.origin(next.indexOf('5.2%'))).toBe(offset)
  })

  it('maps a repeated sentence through the unique pair it starts, and estimates offsets between mapped ones', () => {
    const old = `${A}${B}${A}${C}`
    const next = `Inserted first. ${A}${B}${A}${C}`
    const map = buildPositionMap(old, next)
    const second = old.lastIndexOf('21%')
    expect(map.exact(second)).toBe(second + 'Inserted first. '.length) // the pair A+C is unique
    expect(map.estimate(old.indexOf('Exports')).at).toBe(next.indexOf('Exports'))
  })
})
