// Two near-identical sentences that differ in a word or two: "Tesla produced 1.79
// million vehicles" and "Tesla delivered 1.79 million vehicles". Everything else
// being equal, the swapped words are the claim, so they must mean the same: the same
// word in another form, or words listed here as interchangeable. Pure.

const STOP_WORDS = new Set(
  `a an the of in on at to for from by with and or as is was were be been are has have had its it this that these those than then their his her our
   which who whom whose what when where while during since until per into onto over under about after before between against also still just only
   very more most less least so such last year years`.split(/\s+/),
)

// Close enough for the claims compared here: "murders"/"murder", "cases"/"case",
// "countries"/"country".
export function stem(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(ch|sh|x|ss)es$/, '$1').replace(/s$/, '')
}

// Interchangeable words in news copy about figures.
const SAME_MEANING = [
  'rose rise rises risen increased increase increases grew grow grows climbed climb jumped jump gained gain went up surged soared',
  'fell fall falls fallen dropped drop declined decline decreased decrease shrank shrink slid slumped',
  'said says stated reported estimated announced according calculated reckoned found showed shows noted',
  'about around roughly approximately some nearly almost close',
  'people persons individuals residents',
  'us america american states united',
  'uk britain british',
  'year annual yearly',
  'reached hit totalled totaled amounted stood topped exceeded exceeding surpassed passed',
  'over above beyond',
  'per cent percent',
  'country nation',
  'global worldwide world international',
  'record highest',
  'approved adopted endorsed backed',
  'produced generated output production made',
  'tonnes tons',
  'vote votes ballots',
  'plants factories sites',
  'grants funding subsidies',
  'killed died deaths dead',
  'election elected',
]
const MEANING_OF = new Map(SAME_MEANING.flatMap((group, index) => group.split(' ').map((word) => [word, index] as const)))

// A swap is at most this many words on each side, between words the two sentences
// share, in sentences that share at least this share of the shorter one's words.
// Words one sentence adds (context, attribution) are not swaps.
const MAX_SWAPPED = 3
const MIN_SHARED = 0.6
const MIN_SHARED_OF_LONGER = 0.5

// Words and other tokens ("4G", "2:01:09"), less stop words; `figures` (the texts of
// the claim's quantities) are left out, as they are compared as quantities.
export function contentWords(text: string, figures: readonly string[] = []): string[] {
  let rest = text.toLowerCase()
  for (const figure of figures) rest = rest.replace(figure.toLowerCase(), ' ')
  return (rest.match(/[\p{L}\d][\p{L}\d'’:.-]*/gu) ?? []).map((word) => word.replace(/['’]s$|[.:-]+$/, '')).filter((word) => word && !STOP_WORDS.has(word))
}

// True when the two are the same sentence with a word (or a short phrase) swapped for
// one that does not mean the same.
export function swapsMeaning(ours: string[], theirs: string[]): boolean {
  const shared = commonSubsequence(ours, theirs)
  const shorter = Math.min(ours.length, theirs.length)
  const longer = Math.max(ours.length, theirs.length)
  // Mostly the same words, in sentences of like length; or a single word swapped in an
  // otherwise identical sentence, however short.
  const isNearlyIdentical = (shared.length >= MIN_SHARED * shorter && shared.length >= MIN_SHARED_OF_LONGER * longer) || shared.length >= longer - 1
  if (!isNearlyIdentical) return false
  // A word the other sentence has elsewhere was moved, not swapped ("From 10% to 18%:
  // that was the rise…" against "…rose from 10% to 18%").
  const moved = (word: string, other: string[]) => other.some((one) => sameWord(word, one))
  return gapsBetween(ours, theirs, shared).some(([a, b]) => {
    if (a.length > MAX_SWAPPED || b.length > MAX_SWAPPED) return false
    // Interchangeable pairs cancel out; a swap is a word left on each side ("households"
    // for "residents"), not one that a side only adds ("two countries topped" for "reached").
    const swappedIn = b.filter((word) => !moved(word, ours))
    const swappedOut = a.filter((word) => !moved(word, theirs)).filter((word) => {
      const partner = swappedIn.findIndex((other) => interchangeable(word, other))
      if (partner >= 0) swappedIn.splice(partner, 1)
      return partner < 0
    })
    return swappedOut.length > 0 && swappedIn.length > 0
  })
}

// The words each sentence has between consecutive shared words (and before the first,
// after the last): [ours, theirs] per gap.
function gapsBetween(ours: string[], theirs: string[], shared: string[]): [string[], string[]][] {
  const gaps: [string[], string[]][] = []
  let i = 0
  let j = 0
  for (const word of [...shared, null]) {
    const a: string[] = []
    const b: string[] = []
    while (i < ours.length && ours[i] !== word) a.push(ours[i++]!)
    while (j < theirs.length && theirs[j] !== word) b.push(theirs[j++]!)
    gaps.push([a, b])
    i++
    j++
  }
  return gaps
}

function interchangeable(a: string, b: string): boolean {
  if (sameWord(a, b)) return true
  const meaning = MEANING_OF.get(a)
  return meaning !== undefined && meaning === MEANING_OF.get(b)
}

function commonSubsequence(a: string[], b: string[]): string[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
  }
  const common: string[] = []
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) common.push(a[(j++, i++)]!)
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++
    else j++
  }
  return common
}

// The same word in another form: "Bangladeshis" and "Bangladesh", "violated" and
// "violate" (a long common beginning), "cases" and "case".
export function sameWord(a: string, b: string): boolean {
  if (a === b || stem(a) === stem(b)) return true
  let common = 0
  while (common < a.length && a[common] === b[common]) common++
  return common >= 5 && common >= 0.8 * Math.min(a.length, b.length)
}
