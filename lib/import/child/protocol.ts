import type { ErrorCode, FieldIssue } from '@/lib/errors'
import type { ExtractedClaim } from '@/lib/extract/types'
import type { ImportedDocument, ImportFormat, InputNoun } from '../types'

// 'bytes' is read only, without claims: a source snapshot (lib/snapshots) already
// fetched, whose text and structure are kept but not fact-checked.
export type ChildSource =
  | { kind: 'file'; filename: string; contentType?: string; bytesBase64: string }
  | { kind: 'url'; url: string; allowPrivateHosts: string[] }
  | { kind: 'paste'; text: string }
  | { kind: 'bytes'; format: ImportFormat; noun: InputNoun; charset?: string; baseUrl?: string; maxBytes?: number; bytesBase64: string }

// `text` of the document is canonical and checked (not blank, within the size limit).
export interface ReadDocument {
  document: ImportedDocument
  claims: ExtractedClaim[]
}

// The claims come ahead of the outcome in lines of CLAIMS_PER_LINE, so the server
// parses them a slice at a time instead of one long stall on a 10 MB line.
export const CLAIMS_PER_LINE = 500

export type ChildOutcome =
  | { ok: true; document: ImportedDocument }
  | { ok: false; error: { code: ErrorCode; message: string; fields: FieldIssue[] } }
  | { ok: false; unexpected: string }

// One NDJSON line per message on the child's stdout: progress while it works, then
// the outcome.
export type ChildMessage =
  | { type: 'progress'; stage: 'reading' | 'extracting'; done: number; total: number }
  | { type: 'claims'; claims: ExtractedClaim[] }
  | { type: 'outcome'; outcome: ChildOutcome }
