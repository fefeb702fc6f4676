// Gives each quantity the time it belongs to and links the two ends of a change.
// A year or period belongs to the quantity it follows within the same clause
// ("$8 billion in 2014"); otherwise to the quantities after it in the sentence
// ("In 2023 alone, China invested over $15.3 billion").

import { abbreviationAt } from './abbreviations'
import type { ChangeMarker } from './build-quantity'
import type { TimeMention } from './time-expressions'
import type { ExtractedQuantity } from './types'
import { isUpper } from './text-cursor'

// A sentence ends at a newline, or at . ! ? followed by a space and a capital,
// digit or quote — unless the period belongs to an abbreviation.
export function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x0a) return true
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue
    const next = text.charCodeAt(i + 1)
    if (next !== 0x20 && next !== 0xa0) continue
    const after = text.charCodeAt(i + 2)
    const isStart = isUpper(after) || (after >= 0x30 && after <= 0x39) || after === 0x22 || after === 0x201c
    if (isStart && (code !== 0x2e || abbreviationAt(text, i) === 'none')) return true
  }
  return false
}

const CLAUSE_BREAKS = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x5b, 0x5d, 0x2013, 0x2014])

function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return true
  return false
}

function applyTime(q: ExtractedQuantity, time: TimeMention): void {
  if (time.year !== undefined) {
    q.year ??= time.year
    return
  }
  q.period = { ...time.period, ...q.period }
}

// A time that sets the scene for what follows: at the start of the sentence
// ("In 2024 sales rose…") or closed by a comma ("In 2023 alone, China invested…",
// "and in 2024, five companies…"). "founded in 1886 and has 300,000 employees" is not.
function isFronted(text: string, time: TimeMention): boolean {
  if (/^[^\S\n]*(?:[\p{L}]+[^\S\n]*)?,/u.test(text.slice(time.end, time.end + 16))) return true
  let i = time.start - 1
  while (i >= 0 && /[^\S\n]/.test(text[i]!)) i--
  while (i >= 0 && /\p{L}/u.test(text[i]!)) i-- // one leading word: "In", "By", "Since"
  while (i >= 0 && /[^\S\n]/.test(text[i]!)) i--
  return i < 0 || /[.!?\n"“(]/.test(text[i]!)
}

// Linear in the group: one pointer into the times, which are in text order.
// Quantities [qFrom, qTo) and times [tFrom, tTo) form one sentence.
function attachTimes(text: string, quantities: ExtractedQuantity[], qFrom: number, qTo: number, times: TimeMention[], tFrom: number, tTo: number): void {
  let ti = tFrom
  let consumed = -1 // the time taken by the quantity before it, never lent backwards
  let preceding: TimeMention | undefined
  for (let i = qFrom; i < qTo; i++) {
    const q = quantities[i]!
    while (ti < tTo && times[ti]!.start < q.end) {
      if (ti !== consumed && isFronted(text, times[ti]!)) preceding = times[ti]
      ti++
    }
    const nextStart = i + 1 < qTo ? quantities[i + 1]!.start : Infinity
    const following = ti < tTo ? times[ti] : undefined
    if (following && following.start < nextStart && !hasClauseBreak(text, q.end, following.start)) {
      applyTime(q, following)
      consumed = ti
    } else if (preceding) {
      applyTime(q, preceding)
    }
  }
}

// "from $8 billion … to over $110 billion" (or "fell to 3.8% … from 4.1%"):
// both ends of a change get their role.
function linkChanges(quantities: ExtractedQuantity[], markers: Array<ChangeMarker | undefined>, qFrom: number, qTo: number): void {
  for (let i = qFrom; i < qTo; i++) {
    const q = quantities[i]!
    const marker = markers[i]
    if (marker === undefined || q.role !== undefined) continue
    for (let j = i + 1; j < Math.min(qTo, i + 4); j++) {
      if (quantities[j]!.unit !== q.unit) continue
      if (markers[j] !== undefined && markers[j] !== marker && quantities[j]!.role === undefined) {
        q.role = marker
        quantities[j]!.role = markers[j]
      }
      break
    }
  }
}

// Groups quantities and times by sentence, then attaches within each group.
export function attachContext(text: string, quantities: ExtractedQuantity[], markers: Array<ChangeMarker | undefined>, times: TimeMention[]): ExtractedQuantity[] {
  let qi = 0
  let ti = 0
  let qStart = 0
  let tStart = 0
  let lastEnd = 0
  while (qi < quantities.length || ti < times.length) {
    const q = quantities[qi]
    const t = times[ti]
    const isQuantity = q !== undefined && (t === undefined || q.start <= t.start)
    const next = isQuantity ? q! : t!
    if (hasSentenceBreak(text, lastEnd, next.start)) {
      attachTimes(text, quantities, qStart, qi, times, tStart, ti)
      linkChanges(quantities, markers, qStart, qi)
      qStart = qi
      tStart = ti
    }
    if (isQuantity) qi++
    else ti++
    lastEnd = Math.max(lastEnd, next.end)
  }
  attachTimes(text, quantities, qStart, qi, times, tStart, ti)
  linkChanges(quantities, markers, qStart, qi)
  return quantities
}
