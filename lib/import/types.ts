// What every import produces, whatever it came from. Offsets are UTF-16 code units
// into `text` (JavaScript string indices), `end` exclusive.

export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'quote'

// One line of the canonical text. `level` is 1–6 for a heading and the nesting
// depth (1 = top level) for a list item; other kinds have none. `page` (from 1) is
// the page of a PDF the block starts on, so a locator can say "p. 12"; blocks of
// other formats have none.
export interface Block {
  kind: BlockKind
  level?: number
  start: number
  end: number
  page?: number
}

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf'

export interface DocumentMetadata {
  author?: string
  publisher?: string
  publishedAt?: string // YYYY-MM-DD, a real calendar date
  sourceUrl?: string // absolute http(s) only
}

// `text` is canonical (toCanonicalText(text) === text) and never blank. Blocks are in
// order, do not overlap, each is one non-blank line without surrounding whitespace, and
// only whitespace lies between them.
export interface ImportedDocument {
  title: string | null
  text: string
  blocks: Block[]
  format: ImportFormat
  metadata: DocumentMetadata
}

// Whether a message speaks of an uploaded file or a fetched page.
export type InputNoun = 'file' | 'page'
