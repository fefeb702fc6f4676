// An edit suite with ground truth: the old text is cut into tokens, each keeping the
// old offset it came from, so after any mix of edits we know where every annotated
// span went, whether its words changed (and its numbers), or that it was deleted.

export interface Token {
  text: string
  origin: number // old offset of its first character; -1 for inserted text
  oldLength: number // characters it had in the old text
  isModified: boolean
  isNumberChanged: boolean
}

export interface EditedText {
  text: string
  // per old character: first and last new offset derived from it, -1 if deleted
  firstNew: Int32Array
  lastNew: Int32Array
  isNumberChangedAt: Uint8Array // per new character
}

const INSERTED_WORDS = ['reportedly', 'also', 'in total', 'according to officials', 'notably', 'this year', 'however', 'again']
const REWRITE_WORDS = ['officials', 'stated', 'overall', 'the figure', 'roughly', 'recent', 'data', 'showed', 'that']

const isWord = (token: Token) => /\S/.test(token.text)
const hasDigit = (token: Token) => /\d/.test(token.text)
const endsSentence = (token: Token) => /[.!?]["”]?$/.test(token.text)
const isParagraphBreak = (token: Token) => token.text.includes('\n')

export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\s+|\S+/g)].map((match) => ({ text: match[0], origin: match.index, oldLength: match[0].length, isModified: false, isNumberChanged: false }))
}

function modify(token: Token, text: string, isNumberChanged = false): Token {
  return { text, origin: token.origin, oldLength: token.oldLength, isModified: true, isNumberChanged: token.isNumberChanged || isNumberChanged }
}

type Edit = (tokens: Token[], random: () => number) => number // returns words touched

const pickIndex = (tokens: Token[], random: () => number, accept: (token: Token) => boolean): number => {
  for (let tries = 0; tries < 50; tries++) {
    const index = Math.floor(random() * tokens.length)
    if (accept(tokens[index]!)) return index
  }
  return -1
}

const insertWords: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, isWord)
  if (index === -1) return 0
  const words = INSERTED_WORDS[Math.floor(random() * INSERTED_WORDS.length)]!
  tokens.splice(index, 0, { text: words, origin: -1, oldLength: 0, isModified: false, isNumberChanged: false }, { text: ' ', origin: -1, oldLength: 0, isModified: false, isNumberChanged: false })
  return words.split(' ').length
}

const deleteWord: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, (token) => isWord(token) && !hasDigit(token) && !endsSentence(token))
  if (index === -1 || !tokens[index + 1] || isParagraphBreak(tokens[index + 1]!)) return 0
  tokens.splice(index, 2)
  return 1
}

// A typo fixed (or made): two letters swapped inside a word.
const fixTypo: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, (token) => /^[a-z]{5,}$/i.test(token.text))
  if (index === -1) return 0
  const word = tokens[index]!.text
  const at = 1 + Math.floor(random() * (word.length - 3))
  tokens[index] = modify(tokens[index]!, word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2))
  return 1
}

const changeNumber: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, (token) => /\d/.test(token.text) && !/^(19|20)\d\d\W*$/.test(token.text))
  if (index === -1) return 0
  const text = tokens[index]!.text.replace(/\d/, (digit) => String((Number(digit) + 1 + Math.floor(random() * 8)) % 10))
  tokens[index] = modify(tokens[index]!, text, true)
  return 1
}

function sentenceAround(tokens: Token[], index: number): [number, number] {
  let from = index
  while (from > 0 && !endsSentence(tokens[from - 1]!) && !isParagraphBreak(tokens[from - 1]!)) from--
  let to = index
  while (to < tokens.length - 1 && !endsSentence(tokens[to]!) && !isParagraphBreak(tokens[to]!)) to++
  return [from, to + 1]
}

// Half the words of a sentence reworded; its numbers kept.
const rewriteSentence: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, isWord)
  if (index === -1) return 0
  const [from, to] = sentenceAround(tokens, index)
  let touched = 0
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (!isWord(token) || hasDigit(token) || endsSentence(token) || random() < 0.5) continue
    tokens[i] = modify(token, REWRITE_WORDS[Math.floor(random() * REWRITE_WORDS.length)]!)
    touched++
  }
  return touched
}

function paragraphBounds(tokens: Token[], random: () => number): [number, number] {
  const index = Math.floor(random() * tokens.length)
  let from = index
  while (from > 0 && !isParagraphBreak(tokens[from - 1]!)) from--
  let to = index
  while (to < tokens.length && !isParagraphBreak(tokens[to]!)) to++
  return [from, Math.min(tokens.length, to + 1)] // with its trailing break
}

const movePassage: Edit = (tokens, random) => {
  const [from, to] = paragraphBounds(tokens, random)
  const moved = tokens.splice(from, to - from)
  if (!isParagraphBreak(moved[moved.length - 1]!)) return (tokens.splice(from, 0, ...moved), 0)
  const [target] = paragraphBounds(tokens, random)
  tokens.splice(target, 0, ...moved)
  return 5 // a move rewrites no word; it counts as a few edits of the budget
}

const deletePassage: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, isWord)
  if (index === -1) return 0
  const [from] = sentenceAround(tokens, index)
  let [, to] = sentenceAround(tokens, index)
  if (random() < 0.5 && to < tokens.length) to = sentenceAround(tokens, Math.min(tokens.length - 1, to + 1))[1]
  const removed = tokens.splice(from, to - from)
  return removed.filter(isWord).length
}

// A paragraph split in two after one of its sentences: the whitespace after the
// sentence becomes a blank line, so no word changes but the layout around it does.
const splitParagraph: Edit = (tokens, random) => {
  const index = pickIndex(tokens, random, endsSentence)
  const next = tokens[index + 1]
  if (index === -1 || !next || isWord(next) || isParagraphBreak(next)) return 0
  tokens[index + 1] = modify(next, '\n\n')
  return 2 // like a move, a split rewrites no word; it counts as a couple of edits
}

// Shares of the word budget per kind of edit.
export const EDIT_MIX: [string, Edit, number][] = [
  ['insertion', insertWords, 0.18],
  ['deletion', deleteWord, 0.14],
  ['typo fix', fixTypo, 0.18],
  ['sentence rewrite keeping numbers', rewriteSentence, 0.14],
  ['number changed', changeNumber, 0.08],
  ['paragraph move', movePassage, 0.08],
  ['paragraph split', splitParagraph, 0.04],
  ['passage deleted', deletePassage, 0.16],
]

export function applyEditSuite(oldText: string, rate: number, random: () => number): EditedText {
  const tokens = tokenize(oldText)
  const words = tokens.filter(isWord).length
  const budgets = EDIT_MIX.map(([, , share]) => share * rate * words)
  while (budgets.some((budget) => budget > 0)) {
    const kind = Math.floor(random() * EDIT_MIX.length)
    if (budgets[kind]! <= 0) continue
    budgets[kind]! -= Math.max(1, EDIT_MIX[kind]![1](tokens, random))
  }
  return groundTruth(oldText.length, tokens)
}

function groundTruth(oldLength: number, tokens: Token[]): EditedText {
  const text = tokens.map((token) => token.text).join('')
  const firstNew = new Int32Array(oldLength).fill(-1)
  const lastNew = new Int32Array(oldLength).fill(-1)
  const isNumberChangedAt = new Uint8Array(text.length)
  let at = 0
  for (const token of tokens) {
    for (let i = 0; i < token.text.length; i++, at++) {
      if (token.isNumberChanged) isNumberChangedAt[at] = 1
      if (token.origin < 0) continue
      // a modified token's characters map into the old token, clamped to its length
      const old = token.origin + (token.isModified ? Math.min(i, token.oldLength - 1) : i)
      if (old >= oldLength) continue
      if (firstNew[old] === -1) firstNew[old] = at
      lastNew[old] = at
    }
  }
  return { text, firstNew, lastNew, isNumberChangedAt }
}
