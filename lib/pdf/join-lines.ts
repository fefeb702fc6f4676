// Rejoins the lines of a paragraph, undoing the hyphenation of words broken at a line
// end ("eco-" + "nomic" → "economic") while keeping the hyphens of compound words
// ("well-" + "known" → "well-known"). There is no dictionary: the document itself
// tells, since a compound written whole elsewhere in it ("well-known" mid-line) is
// one, and so is a word found elsewhere unbroken ("economic").

// First halves that make compounds with a word of their own ("self-funded",
// "long-term") rather than being broken off a longer word.
const COMPOUND_HEADS = new Set(['self', 'well', 'ex', 'all', 'half', 'quasi', 'cross', 'long', 'short', 'high', 'low', 'full', 'part', 'multi', 'non', 'post', 'pre', 'anti', 'co', 'year', 'state', 'middle', 'record'])

const WORDS = /\p{L}+(?:-\p{L}+)*/gu
const LONGEST_WORD = 64

// Every word (lower case, compounds with their hyphens) written whole on some line.
export function vocabularyOf(lines: Iterable<string>): Set<string> {
  const words = new Set<string>()
  for (const line of lines) for (const word of line.matchAll(WORDS)) words.add(word[0].toLowerCase())
  return words
}

export function joinLines(text: string, next: string, vocabulary: ReadonlySet<string>): string {
  if (text.endsWith('\u00AD')) return text.slice(0, -1) + next
  // Only the end of the paragraph so far is looked at: a regular expression anchored at
  // the end still scans from the start, and a paragraph is joined line by line.
  const broken = /(\p{L}+)-$/u.exec(text.slice(-LONGEST_WORD))
  if (!broken) return `${text} ${next}`
  // "COVID-" + "19": a hyphen before a number belongs to the name.
  if (/^\d/.test(next)) return text + next
  const tail = /^\p{L}+/u.exec(next)?.[0]
  if (!tail) return `${text} ${next}`
  return keepsHyphen(broken[1]!, tail, vocabulary) ? text + next : text.slice(0, -1) + next
}

function keepsHyphen(head: string, tail: string, vocabulary: ReadonlySet<string>): boolean {
  // "mid-" + "March", "non-" + "English": a capital after the break starts a word.
  if (/^\p{Lu}/u.test(tail) && !/^\p{Lu}+$/u.test(head)) return true
  const hyphenated = `${head}-${tail}`.toLowerCase()
  const joined = `${head}${tail}`.toLowerCase()
  if (vocabulary.has(hyphenated) !== vocabulary.has(joined)) return vocabulary.has(hyphenated)
  return COMPOUND_HEADS.has(head.toLowerCase()) && vocabulary.has(tail.toLowerCase())
}
