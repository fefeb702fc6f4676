// The geometry lib/pdf reads a page into. Coordinates are PDF points with y growing
// downwards from the top of the page (the reading direction), x from the left.

// A run of text on one baseline with no wide gap inside it: a line of a paragraph,
// one column's part of a line, or a table cell.
export interface Segment {
  text: string
  x0: number
  x1: number
}

export interface Line {
  y: number // baseline
  size: number // font size in points, the largest on the line
  segments: Segment[] // left to right
}

export interface PageLines {
  page: number // from 1
  width: number
  height: number
  lines: Line[] // top to bottom
}

export const lineText = (line: Line): string => line.segments.map((segment) => segment.text).join(' ')
export const lineStart = (line: Line): number => line.segments[0]?.x0 ?? 0
export const lineEnd = (line: Line): number => line.segments.at(-1)?.x1 ?? 0
