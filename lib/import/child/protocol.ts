import type { ErrorCode, FieldIssue } from '@/lib/errors'
import type { ImportedDocument } from '../types'

export type OffThreadRequest =
  | { kind: 'file'; filename: string; contentType?: string; bytesBase64: string }
  | { kind: 'url'; url: string; allowPrivateHosts: string[] }

export type OffThreadOutcome =
  | { ok: true; document: ImportedDocument }
  | { ok: false; error: { code: ErrorCode; message: string; fields: FieldIssue[] } }
  | { ok: false; unexpected: string }
