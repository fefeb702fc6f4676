import { lineText, type Line } from './types'

// A line this much larger than the body text is a heading, if it is short enough to
// be one (a large-print introduction is not).
const HEADING_SIZE_RATIO = 1.15
const MAX_HEADING_LENGTH = 200
const MAX_HEADING_LEVELS = 6

export interface TextStyles {
  bodySize: number // the size most of the characters are set in
  linePitch: number // baseline to baseline within a paragraph of body text
  headingLevel(line: Line): number | undefined // 1 for the largest size of heading
}

const round = (size: number) => Math.round(size * 2) / 2

// Measured over the whole document, so a page of mostly headings or a table of
// small print does not change what body text is.
export function measureStyles(pages: ReadonlyArray<readonly Line[]>): TextStyles {
  const characters = new Map<number, number>()
  for (const lines of pages) for (const line of lines) characters.set(round(line.size), (characters.get(round(line.size)) ?? 0) + lineText(line).length)
  const bodySize = [...characters].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 10
  const isHeading = (line: Line) => line.size >= bodySize * HEADING_SIZE_RATIO && lineText(line).length <= MAX_HEADING_LENGTH
  const headingSizes = [...new Set(pages.flatMap((lines) => lines.filter(isHeading).map((line) => round(line.size))))].sort((p, q) => q - p)
  return {
    bodySize,
    linePitch: bodyPitch(pages, bodySize),
    headingLevel: (line) => (isHeading(line) ? Math.min(MAX_HEADING_LEVELS, headingSizes.indexOf(round(line.size)) + 1) : undefined),
  }
}

// The most common distance between consecutive body lines (the smaller one of a tie):
// larger steps are the gaps between paragraphs, fewer than the lines inside them.
function bodyPitch(pages: ReadonlyArray<readonly Line[]>, bodySize: number): number {
  const steps = new Map<number, number>()
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [above, below] = [lines[i - 1]!, lines[i]!]
      const step = below.y - above.y
      if (round(above.size) === bodySize && round(below.size) === bodySize && step > 0 && step < 3 * bodySize) steps.set(round(step), (steps.get(round(step)) ?? 0) + 1)
    }
  }
  return [...steps].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0] ?? bodySize * 1.2
}
