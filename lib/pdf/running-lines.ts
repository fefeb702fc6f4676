import { measureStyles } from './text-styles'
import { lineText, type Line, type PageLines } from './types'

// Running headers and footers live in the top and bottom margins: only the first and
// last few lines of a page, inside these bands, are candidates.
const EDGE_LINES = 3
const MARGIN_SHARE = 0.09
// Running lines are set no larger than the body text; a larger line at the top of
// many pages is a chapter's heading.
const MAX_SIZE_RATIO = 1.05
// A margin line printed at the same height on this share of the pages (and on two at
// least) is a running header or footer, not text of the page.
const REPEAT_SHARE = 0.4
const SAME_HEIGHT_PT = 4

// "7", "- 7 -", "Page 7", "Page 7 of 40", "7 / 40", "p. 7", "vii".
const ROMAN = '(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})'
const PAGE_NUMBER = new RegExp(`^(?:page|p\\.)?\\s*[-–—(]?\\s*(?:\\d{1,4}|${ROMAN})\\s*[-–—)]?\\s*(?:(?:of|/)\\s*\\d{1,4})?$`, 'i')

// Removes running headers, footers and page numbers from every page. Lines are
// compared with their digits blanked, so "Annual report 2024 · 7" on page 7 and
// "… · 8" on page 8 are the same running line.
export function dropRunningLines(pages: readonly PageLines[]): PageLines[] {
  const maxSize = measureStyles(pages.map((page) => page.lines)).bodySize * MAX_SIZE_RATIO
  const candidates = (page: PageLines) => marginLines(page).filter((line) => line.size <= maxSize)
  const counts = new Map<string, number>()
  for (const page of pages) {
    for (const key of new Set(candidates(page).map((line) => repeatKey(line)))) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE))
  return pages.map((page) => {
    const margin = new Set(candidates(page))
    const lines = page.lines.filter((line) => !margin.has(line) || !(isPageNumber(line) || (counts.get(repeatKey(line)) ?? 0) >= needed))
    return { ...page, lines }
  })
}

export function isPageNumber(line: Line): boolean {
  return PAGE_NUMBER.test(lineText(line).trim())
}

function marginLines(page: PageLines): Line[] {
  const { lines, height } = page
  const top = lines.slice(0, EDGE_LINES).filter((line) => line.y < height * MARGIN_SHARE)
  const bottom = lines.slice(-EDGE_LINES).filter((line) => line.y > height * (1 - MARGIN_SHARE))
  return [...new Set([...top, ...bottom])]
}

// Text with its numbers blanked, and the height rounded to a band.
function repeatKey(line: Line): string {
  const text = lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
  return `${Math.round(line.y / SAME_HEIGHT_PT)}|${text}`
}
