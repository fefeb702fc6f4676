import { Diff, diffLines, type ChangeObject } from 'diff'

// Figures are whole tokens ("$4.5", "1,200", "12%"), so a changed number reads as one
// number replaced by another rather than digits shuffled around a decimal point; other
// words are letter runs, and spaces and punctuation are tokens of their own.
const TOKEN = /[$€£¥]?\d+(?:[.,]\d+)*%?|[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu

class FigureAwareDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return value.match(TOKEN) ?? []
  }
}

const figureAwareDiff = new FigureAwareDiff()

// Undefined when the limits were reached first.
function diffTokens(oldText: string, newText: string, limits?: { maxEditLength: number; timeout: number }): ChangeObject<string>[] | undefined {
  return limits ? figureAwareDiff.diff(oldText, newText, limits) : figureAwareDiff.diff(oldText, newText)
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

export interface DiffSummary {
  added: number
  removed: number
}

export interface WordDiffOptions {
  // Largest edit distance, in tokens, the word diff explores before giving up.
  maxEditLength?: number
  // Wall-clock cap in milliseconds, a safety net for texts that are large and different.
  timeoutMs?: number
}

// Myers' diff costs O((N + M) · D): a few thousand token edits stay well under 100 ms
// even on a 5 MB article, while a rewrite would run for seconds. Past the cap the text
// is compared line by line (lines are blocks), and only small changed blocks are
// refined word by word.
const MAX_WORD_EDITS = 2_000
const WORD_DIFF_TIMEOUT_MS = 250
const MAX_LINE_EDITS = 2_000
// A hunk this small has at most ~1,000 word tokens a side, so refining it costs at
// most ~10⁶ steps and needs no cap of its own.
const MAX_REFINED_HUNK_CHARS = 4_000

// What changed between two revisions' texts, word by word. Concatenating the `same` and
// `removed` parts gives the old text back; `same` and `added` give the new one.
export function wordDiff(oldText: string, newText: string, options: WordDiffOptions = {}): DiffPart[] {
  const limits = { maxEditLength: options.maxEditLength ?? MAX_WORD_EDITS, timeout: options.timeoutMs ?? WORD_DIFF_TIMEOUT_MS }
  const words = diffTokens(oldText, newText, limits)
  return groupChanges(words ? words.map(toPart) : lineDiff(oldText, newText, limits.timeout))
}

function lineDiff(oldText: string, newText: string, timeout: number): DiffPart[] {
  const lines = diffLines(oldText, newText, { maxEditLength: MAX_LINE_EDITS, timeout })
  if (!lines) return [{ kind: 'removed', text: oldText }, { kind: 'added', text: newText }]
  const parts: DiffPart[] = []
  for (let index = 0; index < lines.length; index++) {
    const change = lines[index]!
    const next = lines[index + 1]
    // A block rewritten in place shows as removed + added lines: refine it when small.
    if (change.removed && next?.added && change.value.length + next.value.length <= MAX_REFINED_HUNK_CHARS) {
      parts.push(...diffTokens(change.value, next.value)!.map(toPart))
      index++
      continue
    }
    parts.push(toPart(change))
  }
  return parts
}

function toPart(change: ChangeObject<string>): DiffPart {
  return { kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }
}

// Each run of changes becomes one removed part then one added part, so "The cat" →
// "A dog" reads as two phrases rather than word, space, word. A lone space between two
// changes joins the run on both sides; the texts stay exactly recoverable.
function groupChanges(parts: DiffPart[]): DiffPart[] {
  const grouped: DiffPart[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) grouped.push({ kind: 'removed', text: removed })
    if (added) grouped.push({ kind: 'added', text: added })
    removed = added = ''
  }
  parts.forEach((part, index) => {
    const isInRun = (removed || added) && /^[^\S\n]+$/.test(part.text) && parts[index + 1] && parts[index + 1]!.kind !== 'same'
    if (part.kind === 'removed' || isInRun) removed += part.text
    if (part.kind === 'added' || isInRun) added += part.text
    if (part.kind !== 'same' || isInRun || !part.text) return
    flush()
    const last = grouped.at(-1)
    if (last?.kind === 'same') last.text += part.text
    else grouped.push({ ...part })
  })
  flush()
  return grouped
}

// A word is a run of non-space characters holding a letter or digit, so "12%" is one
// word and a lone punctuation change counts as none.
const WORD = /\S*[\p{L}\p{N}]\S*/gu

export function diffSummary(parts: DiffPart[]): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0 }
  for (const part of parts) {
    if (part.kind === 'same') continue
    summary[part.kind] += part.text.match(WORD)?.length ?? 0
  }
  return summary
}
