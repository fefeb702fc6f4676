// Abbreviations whose final period does not end a sentence.

import { isLetter, isUpper } from './text-cursor'

// Always followed by more of the same sentence (titles, "e.g.", "No. 5").
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'vs', 'v', 'no', 'nos', 'fig', 'figs', 'approx', 'est', 'dept', 'e.g', 'i.e', 'cf', 'al', 'ca',
  'c', 'p', 'pp', 'vol', 'ch', 'sec', 'art', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'ref', 'op', 'ed', 'eds', 'adm', 'maj', 'brig', 'supt', 'det', 'insp', 'messrs',
])

// Often inside a sentence, sometimes at its end ("in the U.S.", "Apple Inc.").
export const MAYBE_FINAL = new Set(['inc', 'ltd', 'co', 'corp', 'plc', 'bros', 'etc', 'llc', 'a.m', 'p.m', 'ave', 'blvd', 'rd'])

// The abbreviation (lower case, inner periods kept) that ends right before the period at `dot`.
export function tokenBeforeDot(text: string, dot: number): string {
  let start = dot
  while (start > 0 && dot - start < 12) {
    const code = text.charCodeAt(start - 1)
    if (isLetter(code) || (code === 0x2e && isLetter(text.charCodeAt(start - 2)))) start--
    else break
  }
  return text.slice(start, dot)
}

export type AbbreviationKind = 'never-final' | 'maybe-final' | 'none'

// Classifies the token that ends with the period at `dot`.
export function abbreviationAt(text: string, dot: number): AbbreviationKind {
  const token = tokenBeforeDot(text, dot)
  if (!token) return 'none'
  const lower = token.toLowerCase()
  if (NEVER_FINAL.has(lower)) return 'never-final'
  // A single capital is an initial ("J. K. Rowling"); "U.S" and "Ph.D" are initialisms.
  if (token.length === 1 && isUpper(token.charCodeAt(0))) return 'never-final'
  if (MAYBE_FINAL.has(lower) || token.includes('.')) return 'maybe-final'
  return 'none'
}

// Words that typically start a new sentence after an ambiguous abbreviation.
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'in', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'but',
  'and', 'however', 'meanwhile', 'yet', 'so', 'there', 'on', 'at', 'for', 'as', 'after', 'before', 'since', 'when', 'while',
  'if', 'although', 'our', 'their', 'his', 'her', 'my', 'some', 'many', 'most', 'other', 'all', 'one', 'by', 'to', 'with',
  'from', 'still', 'then', 'also', 'according', 'last', 'next', 'what', 'why', 'how', 'who', 'instead', 'today', 'now',
])
