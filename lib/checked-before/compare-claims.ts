// Is an earlier check the same claim? Both must hold: similar wording, and the same
// statistic — every figure the two share a unit in agrees within its rounding, with
// the same year, period, subject, direction and measure. A different figure, year or
// subject is never "the same claim", however alike the words. Pure.
import { isCountry, type ClaimProfile, type ProfileFigure } from './claim-profile'
import { sameWord, swapsMeaning } from './word-swap'

// How alike two claims' words are, as Postgres measures them (find-earlier-checks):
// the share of stemmed words they have in common (Dice, over the full-text lexemes)
// and pg_trgm's similarity of the two texts.
export interface Wording {
  overlap: number
  trigram: number
}

export type Difference = 'figure' | 'unit' | 'year' | 'period' | 'subject' | 'direction' | 'measure' | 'wording'

export interface Comparison {
  isSame: boolean
  score: number
  wording: number
  figures: 'same' | 'none'
  // Both name a year, and the same one(s).
  sharesYear: boolean
  // The first difference found, when not the same.
  differs: Difference | null
}

// Below these, the words are too different, even for the same figure. A claim without
// figures has only its words, so it needs more of them in common.
// When only one of the two has figures we could read (the other spells its number out
// in a way the extractor does not: "three-tenths of a per cent"), the words must say
// the rest.
// Figures that agree only in a common kind of value (a round percentage, a bare
// number: "rose 27%" and "rose about 28%") say less than "$23.7bn" or "11.76%" do, so
// the words must say more.
export const WORDING_THRESHOLD = { withFigures: 0.18, withCommonFigures: 0.3, withoutFigures: 0.27, figuresOnOneSide: 0.3 }

export function compareClaims(claim: ClaimProfile, earlier: ClaimProfile, wording: Wording): Comparison {
  const similarity = round(0.6 * wording.overlap + 0.4 * wording.trigram)
  const result = (differs: Difference | null, figures: 'same' | 'none' = 'none'): Comparison => ({
    isSame: differs === null,
    score: differs === null ? round(figures === 'same' ? 0.3 + 0.7 * similarity : similarity) : 0,
    wording: similarity,
    figures,
    sharesYear: claim.years.size > 0 && earlier.years.size > 0 && [...claim.years].some((year) => earlier.years.has(year)),
    differs,
  })
  const figures = compareFigures(claim.figures, earlier.figures)
  if (figures) return result(figures)
  const hasFigures = claim.figures.length > 0 && earlier.figures.length > 0
  const threshold = hasFigures ? (shareDistinctiveFigure(claim.figures, earlier.figures) ? WORDING_THRESHOLD.withFigures : WORDING_THRESHOLD.withCommonFigures) : claim.figures.length || earlier.figures.length ? WORDING_THRESHOLD.figuresOnOneSide : WORDING_THRESHOLD.withoutFigures
  if (!sameOrWider(claim.years, earlier.years)) return result('year')
  if (!sameOrWider(claim.periods, earlier.periods)) return result('period')
  if (differOnBothSides(claim.entities, earlier.entities)) return result('subject')
  if (claim.directions.size && earlier.directions.size && ![...claim.directions].some((direction) => earlier.directions.has(direction))) return result('direction')
  if (namesOtherSide(claim.contrasts, earlier.contrasts) || namesOtherSide(earlier.contrasts, claim.contrasts)) return result('measure')
  if (claim.negated !== earlier.negated) return result('direction')
  if (swapsMeaning(claim.words, earlier.words)) return result('measure')
  if (similarity < threshold) return result('wording', hasFigures ? 'same' : 'none')
  return result(null, hasFigures ? 'same' : 'none')
}

// Null when the figures agree: every figure of one with a counterpart in the other's
// unit has one that agrees in value and year, and at least one pair agrees. A bare
// number ("up from 77.5") compares with a figure in any unit. A claim whose figures
// could not be read is left to its words.
function compareFigures(ours: ProfileFigure[], theirs: ProfileFigure[]): Difference | null {
  if (!ours.length || !theirs.length) return null
  let agreeing = 0
  for (const figure of ours) {
    const comparable = theirs.filter((other) => other.unit === figure.unit || isBare(figure) || isBare(other))
    // The same amount in another currency or unit (€88.5bn against $88.5bn).
    if (!comparable.length) {
      if (theirs.some((other) => overlaps(figure, other))) return 'unit'
      continue
    }
    const sameValue = comparable.filter((other) => overlaps(figure, other))
    if (!sameValue.length) {
      if (comparable.some((other) => other.unit === figure.unit)) return 'figure'
      continue
    }
    if (!sameValue.some((other) => !figure.year || !other.year || other.year === figure.year)) return 'year'
    // "shrank by $1.7tn" is not "was $1.7tn".
    if (sameValue.every((other) => other.change && figure.change && other.change !== figure.change)) return 'direction'
    agreeing += 1
  }
  if (agreeing) return null
  return ours.some((figure) => theirs.some((other) => other.unit === figure.unit)) ? 'figure' : 'unit'
}

// Strictly: 6.6% and 6.7% touch at 6.65 but cannot both be that figure rounded.
// A figure of three significant digits or more, or one in money or a physical unit,
// that the other claim has too.
function shareDistinctiveFigure(ours: ProfileFigure[], theirs: ProfileFigure[]): boolean {
  return ours.some((figure) => isDistinctive(figure) && theirs.some((other) => other.unit === figure.unit && overlaps(figure, other)))
}
const COMMON_UNITS = new Set(['percent', 'percentage_point', 'count', 'times', 'rank', 'years'])
function isDistinctive(figure: ProfileFigure): boolean {
  const digits = (/\d[\d,.]*/.exec(figure.text)?.[0] ?? '').replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '')
  return digits.length >= 3 || !COMMON_UNITS.has(figure.unit) || (figure.unit === 'count' && figure.noun !== null && digits.length >= 2)
}

const overlaps = (a: ProfileFigure, b: ProfileFigure) => a.low < b.high && b.low < a.high
const isBare = (figure: ProfileFigure) => figure.unit === 'count' && !figure.noun

// Years or periods: the same, or one claim names more of them (context the other left
// out). Different ones on both sides ("2023" against "2024") are different claims.
function sameOrWider<T>(ours: Set<T>, theirs: Set<T>): boolean {
  if (!ours.size || !theirs.size) return true
  return [...ours].every((item) => theirs.has(item)) || [...theirs].every((item) => ours.has(item))
}

// Each claim names someone the other does not, and they have no name in common or
// name different countries: China's exports are not Russia's, Lyon is not Lille. A
// name on one side only is context ("the ministry said"), and names the two share make
// extra ones likelier to be the same actor told differently ("PSG", "Paris
// Saint-Germain"). Names compare by stem ("Bangladeshis", "Bangladesh"), see sameWord.
function differOnBothSides(ours: Set<string>, theirs: Set<string>): boolean {
  const onlyOurs = [...ours].filter((name) => ![...theirs].some((other) => sameWord(name, other)))
  const onlyTheirs = [...theirs].filter((name) => ![...ours].some((other) => sameWord(name, other)))
  if (!onlyOurs.length || !onlyTheirs.length) return false
  const hasCommon = onlyOurs.length < ours.size
  return !hasCommon || (onlyOurs.some(isCountry) && onlyTheirs.some(isCountry))
}

function namesOtherSide(ours: Set<string>, theirs: Set<string>): boolean {
  return [...ours].some((key) => {
    const other = `${key.slice(0, key.indexOf(':'))}:${key.endsWith(':0') ? 1 : 0}`
    return theirs.has(other) && !theirs.has(key) && !ours.has(other)
  })
}

const round = (value: number) => Math.round(value * 1000) / 1000
