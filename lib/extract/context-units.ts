// Units that only the sentence around them settles: "pounds" (weight or sterling) and
// "ounces" (avoirdupois, or troy for precious metals). Read from a short window of the
// text, so the verdict is local and never borrows from another paragraph.

const MONEY_BEFORE = /\b(?:cost|costs|costing|paid|pay|pays|paying|fined?|fines|priced?|prices?|worth|charged?|charges|charging|spen[dt]|spends|spending|salary|wages?|earn(?:s|ed|ing)?|rent|owe[sd]?|owing|bill|fees?|fares?|tickets?|budget|donated|raised|raise|sold|bought|buy|buys|sell|sells|award(?:ed)?|damages|compensation|refund|loan|borrowed|lent|bonus|grant|tax|costs?)\b/i
const MASS_NEAR = /\b(?:weigh(?:s|ed|ing|t|ts)?|scales?|heav(?:y|ier|iest)|light(?:er|est)?|lost|lose|losing|gained?|gaining|lift(?:s|ed)?|pumpkin|baby|babies|born|birth|body|boxer|fighter|welterweight|heavyweight|lightweight|middleweight)\b/i
const MONEY_AFTER = /^\s*(?:sterling|a (?:month|year|week|head|night|day)|an hour|per (?:month|year|week|head|night|day|hour)|in (?:rent|fines|damages|compensation|fees|prize money|cash|debt|tax|savings)|and (?:\d+|[a-z]+(?:-[a-z]+)?) pence|\d+ pence)\b/i

const WINDOW = 60

// "Season tickets cost 650 pounds", "4 pounds 80 pence": money. "The baby weighed 7
// pounds", "lost 30 pounds": weight. Without a word either way, weight, as before.
export function isPoundsMoney(text: string, numberStart: number, unitEnd: number): boolean {
  const before = text.slice(Math.max(0, numberStart - WINDOW), numberStart)
  const after = text.slice(unitEnd, unitEnd + 40)
  if (MONEY_AFTER.test(after)) return true
  if (MASS_NEAR.test(before) || MASS_NEAR.test(after.slice(0, 25))) return false
  return MONEY_BEFORE.test(lastClause(before))
}

// The words since the last clause break: "lost 3 kg, and tickets cost" should not reach back.
function lastClause(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(' and '), before.lastIndexOf(', '))
  return cut < 0 ? before : before.slice(cut)
}

const PRECIOUS_METAL = /\b(?:gold|silver|platinum|palladium|bullion|rhodium)\b/i

// Precious metals are weighed in troy ounces: "5.5 million ounces of gold".
export function isTroyOunce(text: string, numberStart: number, unitEnd: number): boolean {
  return PRECIOUS_METAL.test(text.slice(Math.max(0, numberStart - 80), numberStart)) || PRECIOUS_METAL.test(text.slice(unitEnd, unitEnd + 40))
}
