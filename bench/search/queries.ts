// What is searched: five kinds of query, each alone and with a filter, and how each
// peer spells it. Words are drawn from the seed's vocabulary at fixed Zipf ranks, so
// their frequency is known: rank 3 of a part of speech is in some 3 % of the claims.
import { VOCABULARY } from './vocabulary'

export interface SearchCase {
  query: string // the kind of query, for the table
  filter: string
  q: string // as typed into the search box
  input: { type?: string; status?: string; documentId?: string }
  // For the peers, which match words only in claims: every pattern must occur…
  ilike: string[]
  // …or, for MiniSearch, these words (AND), optionally fuzzy, then this exact phrase.
  words: string
  phrase?: string
  isFuzzy?: boolean
}

// A letter left out in the middle of the surname, as when it is typed from memory.
const typo = (word: string) => word.slice(0, Math.floor(word.length / 2)) + word.slice(Math.floor(word.length / 2) + 1)

export function searchCases(documentId: string): SearchCase[] {
  const { nouns, adjectives, topics, firstNames, lastNames } = VOCABULARY
  const name = `${firstNames[3]} ${typo(lastNames[3]!)}`
  const queries = [
    { query: 'one word', q: nouns[2]!, ilike: [nouns[2]!], words: nouns[2]! },
    { query: 'two words', q: `${adjectives[0]} ${nouns[0]}`, ilike: [adjectives[0]!, nouns[0]!], words: `${adjectives[0]} ${nouns[0]}` },
    { query: 'a phrase', q: `"${topics[5]}"`, ilike: [topics[5]!], words: topics[5]!, phrase: topics[5]! },
    // Written as "$110 billion", "$110bn" or "110 billion dollars" in the claims.
    { query: 'a number', q: '110 billion', ilike: ['110 billion'], words: '110 billion' },
    { query: 'a name with a typo', q: name, ilike: name.split(' '), words: name, isFuzzy: true },
  ]
  const filters = [
    { filter: 'none', input: {} },
    { filter: 'type=claim', input: { type: 'claim' } },
    { filter: 'status=IN_REVIEW', input: { status: 'IN_REVIEW' } },
    { filter: 'one document', input: { documentId } },
  ]
  return queries.flatMap((query) => filters.map((filter) => ({ ...query, ...filter, ilike: query.ilike.map((pattern) => `%${pattern}%`) })))
}

// The peers search claims alone: with no filter they do what they do for type=claim.
export const peerKey = (search: SearchCase) => `${search.q}|${search.input.status ?? ''}|${search.input.documentId ?? ''}`
