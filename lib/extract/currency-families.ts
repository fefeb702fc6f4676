// Currency words that several countries use, written alone: "rupees" (India, Pakistan,
// Sri Lanka, Nepal, Mauritius), "lira" (Turkey; Italy before the euro), "riyals" and
// "rials" (Saudi Arabia, Qatar, Oman, Yemen, Iran), "dirhams" (the Emirates, Morocco).
// Like a bare "$" (XDL), each reads as a family whose country is unspecified, with a code
// in ISO 4217's user-assigned range that no real currency holds, so a figure never names
// a country the text does not. A sentence that names exactly one of the family's
// countries settles it: "India's digital payments topped 18 lakh crore rupees" is INR.
// Dollars are left out of that rule on purpose: figures about other countries are quoted
// in US dollars as often as in their own ("Canada bought $5 billion of chips").

interface CurrencyFamily {
  singular: string
  plural: string
  // Each member's code, and how a sentence names its country.
  members: Record<string, RegExp>
}

export const CURRENCY_FAMILIES: Record<string, CurrencyFamily> = {
  XRU: {
    singular: 'rupee',
    plural: 'rupees',
    members: { INR: /\bIndia(?:n|'s)?\b/, PKR: /\bPakistan(?:i|'s)?\b/, LKR: /\bSri Lanka(?:n|'s)?\b/, NPR: /\bNepal(?:i|ese|'s)?\b/, MUR: /\bMauriti(?:us|an)\b/ },
  },
  XLR: { singular: 'lira', plural: 'lira', members: { TRY: /\bTurk(?:ey|iye|ish)(?:'s)?\b|\bTürkiye\b/, ITL: /\bItal(?:y|ian)(?:'s)?\b/ } },
  XRL: {
    singular: 'riyal or rial',
    plural: 'riyals or rials',
    members: { SAR: /\bSaudi\b/, QAR: /\bQatar(?:i|'s)?\b/, OMR: /\bOman(?:i|'s)?\b/, YER: /\bYemen(?:i|'s)?\b/, IRR: /\bIran(?:ian|'s)?\b/ },
  },
  XDH: { singular: 'dirham', plural: 'dirhams', members: { AED: /\bUAE\b|\bEmirat(?:es|i)\b|\bDubai\b|\bAbu Dhabi\b/, MAD: /\bMorocc(?:o|an)(?:'s)?\b/ } },
}

// The currency the sentence settles a family figure to, or the family code unchanged.
export function settleCurrency(code: string, sentence: string): string {
  const family = CURRENCY_FAMILIES[code]
  if (!family) return code
  const named = Object.entries(family.members).filter(([, country]) => country.test(sentence))
  return named.length === 1 ? named[0]![0] : code
}

// The family a real currency belongs to, if any (for finding, never for comparing).
export function familyOf(code: string): string | undefined {
  return Object.entries(CURRENCY_FAMILIES).find(([, family]) => code in family.members)?.[0]
}
