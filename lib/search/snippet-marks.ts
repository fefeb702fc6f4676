// ts_headline marks each match between these two characters, which cannot occur in
// stored text (it is canonicalized, control characters removed); lib/search/snippet.ts
// turns them into highlighted parts.
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'
