// What makes an approximate match acceptable as the quote: nothing that changes what
// it says. A figure, a negation or a whole word that differs is not a typo, so such
// a match is never reported as the quote found.
import { editDistance } from '@/lib/anchor/edit-distance'
import { quantityKey } from '@/lib/anchor/score-candidate'
import { WORD } from './quote-index'

// Words that turn a statement into its opposite, in the languages sources come in.
const NEGATIONS = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'without', 't', // "isn't" splits into "isn" "t"
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'ohne',
  'ne', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'non', 'nunca', 'nada', 'nadie', 'ningún', 'ninguna', 'ninguno', 'sin',
  'niet', 'geen', 'nooit', 'não', 'nao', 'nem', 'nessun', 'nessuna', 'mai', 'senza',
])

const wordList = (text: string) => text.match(WORD) ?? []

export function negationCount(normalized: string): number {
  return wordList(normalized).filter((word) => NEGATIONS.has(word)).length
}

// Same extracted quantities and the same runs of digits, read on the texts as written.
export function hasSameFigures(quote: string, located: string): boolean {
  return quantityKey(quote) === quantityKey(located)
}

// A typo keeps a word recognisable (one edit, two in a long word, or a space lost or
// gained); a word replaced by another is a different statement. Numbers are left to
// hasSameFigures: "151.5" for "115.5" is a changed figure, not a changed word.
export function replacedWords(normalizedQuote: string, normalizedLocated: string): string[] {
  const located = wordList(normalizedLocated)
  const compact = normalizedLocated.replace(/[^\p{L}\p{N}]+/gu, '')
  const known = new Set(located)
  return wordList(normalizedQuote).filter((word) => {
    if (/\p{N}/u.test(word)) return false
    if (known.has(word)) return false
    const tolerance = word.length >= 10 ? 2 : 1
    if (located.some((other) => Math.abs(other.length - word.length) <= tolerance && editDistance(word, other) <= tolerance)) return false
    return !(word.length >= 3 && compact.includes(word))
  })
}
