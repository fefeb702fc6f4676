// Generated prose for the sources benchmark: sentences of a statistical report, varied
// enough (a seeded random choice of a few hundred words and figures) that word pairs
// repeat about as often as in a real one. Nothing is copied from a real document.

export type Random = () => number

// mulberry32: the same text on every run, so figures compare across runs.
export function seeded(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const REGIONS = ['the northern provinces', 'the coastal districts', 'the capital region', 'the eastern uplands', 'the river valley', 'the southern islands', 'the western plains', 'the border counties', 'the lake district', 'the mining belt', 'the central plateau', 'the delta towns']
const SECTORS = ['manufacturing', 'construction', 'retail trade', 'agriculture', 'fisheries', 'tourism', 'financial services', 'public administration', 'health care', 'education', 'logistics', 'energy supply', 'telecommunications', 'forestry', 'textiles', 'food processing', 'chemicals', 'machinery', 'shipbuilding', 'software']
const INDICATORS = ['output', 'employment', 'average earnings', 'exports', 'imports', 'investment', 'household spending', 'the number of firms', 'hours worked', 'energy use', 'freight volumes', 'retail sales', 'producer prices', 'housing starts', 'tax receipts', 'bank lending']
const RISES = ['rose', 'grew', 'increased', 'climbed', 'edged up']
const FALLS = ['fell', 'declined', 'dropped', 'decreased', 'slipped']
const SOURCES = ['according to the annual business survey', 'the labour force survey shows', 'customs records indicate', 'as reported by the regional offices', 'based on administrative tax data', 'the quarterly accounts suggest']
const REASONS = ['as demand from neighbouring markets recovered', 'after two years of weak orders', 'because energy prices eased', 'while interest rates stayed high', 'as public contracts were delayed', 'following the floods of the previous spring', 'despite a shortage of skilled workers', 'as new plants came into operation']
const REMARKS = [
  'The revision to earlier estimates was small and did not change the overall picture.',
  'Figures for the most recent quarter are provisional and will be revised in the next edition.',
  'Seasonal effects were removed using the same method as in previous years.',
  'The sample covered about nine thousand enterprises with ten or more employees.',
  'Comparisons with earlier years are affected by the change in the industry classification.',
  'Small firms reported a sharper change than large ones, as in most recent years.',
]

const percent = (random: Random) => `${(random() * 12 + 0.1).toFixed(1)}%`
const amount = (random: Random) => `$${(random() * 90 + 1).toFixed(1)} ${pick(random, ['million', 'billion'])}`
const year = (random: Random) => String(2015 + Math.floor(random() * 10))

export function sentence(random: Random): string {
  const kind = random()
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1)
  if (kind < 0.35) return `${capital(pick(random, INDICATORS))} in ${pick(random, SECTORS)} ${pick(random, random() < 0.6 ? RISES : FALLS)} by ${percent(random)} in ${year(random)}, ${pick(random, REASONS)}.`
  if (kind < 0.6) return `In ${pick(random, REGIONS)}, ${pick(random, INDICATORS)} reached ${amount(random)} in ${year(random)}, ${pick(random, SOURCES)}.`
  if (kind < 0.8) return `${capital(pick(random, SECTORS))} accounted for ${percent(random)} of ${pick(random, INDICATORS)} in ${pick(random, REGIONS)}, up from ${percent(random)} a year earlier.`
  if (kind < 0.9) return `The share of ${pick(random, SECTORS)} in total ${pick(random, INDICATORS)} was unchanged at ${percent(random)}, ${pick(random, SOURCES)}.`
  return pick(random, REMARKS)
}

export function paragraphText(random: Random, sentences = 3 + Math.floor(random() * 4)): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

export const tableRow = (random: Random): string[] => [pick(random, SECTORS), amount(random), percent(random), `${random() < 0.5 ? '+' : '-'}${percent(random)}`]
export const TABLE_HEADER = ['Sector', 'Value', 'Share', 'Change']
export const chapterTitle = (random: Random, number: number) => `Chapter ${number}: ${pick(random, INDICATORS).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())} by sector and region`
