import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { importFile, type Block, type ImportedDocument } from '@/lib/import'
import { importOffThread } from '@/lib/import/import-off-thread'
import { MAX_DOCUMENT_BYTES, toCanonicalText, utf8ByteLength } from '@/lib/text/canonical-text'
import { contentHash } from '@/lib/text/content-hash'
import { parseInput } from '@/lib/validation'
import { rejectDuplicate } from './reject-duplicate'
import { ZImportUrl, type TImportMetadata } from './schemas'

export type ImportSource =
  | { kind: 'paste'; text: string }
  | { kind: 'file'; filename: string; bytes: Uint8Array; contentType?: string }
  | { kind: 'url'; url: unknown }

// A parsed, validated, authorized import, not yet saved.
export interface PreparedImport {
  workspaceId: string
  title: string
  author: string | null
  publisher: string | null
  publishedAt: string | null
  sourceUrl: string | null
  text: string
  contentHash: string
  blocks: Block[] | null
  source: string
}

// Everything that can be refused is refused here, before any work is saved: access,
// the file or page itself, the metadata, and a duplicate of an existing document.
export async function prepareImport({ actor, workspaceId, source, metadata: typed }: { actor: Actor; workspaceId: string; source: ImportSource; metadata: TImportMetadata }): Promise<PreparedImport> {
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'document.create')
  const imported = await readSource(source)
  const text = toCanonicalText(imported.text)
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'There is no text to import: the document is empty.')
  if (utf8ByteLength(text) > MAX_DOCUMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'The text is larger than 5 MB.')
  const hash = contentHash(text)
  await rejectDuplicate(getDb(), workspaceId, hash)
  const fromFile = imported.metadata
  return {
    workspaceId,
    title: typed.title ?? imported.title ?? firstLine(text),
    author: typed.author ?? fromFile.author ?? null,
    publisher: typed.publisher ?? fromFile.publisher ?? null,
    publishedAt: typed.publishedAt ?? fromFile.publishedAt ?? null,
    sourceUrl: typed.sourceUrl ?? fromFile.sourceUrl ?? (source.kind === 'url' ? String(source.url) : null),
    text,
    contentHash: hash,
    // Canonicalisation may have trimmed the end; blocks are kept only while they still fit.
    blocks: imported.blocks.every((block) => block.end <= text.length) ? imported.blocks : null,
    source: source.kind === 'file' ? imported.format : source.kind,
  }
}

// Files up to this size parse in a few milliseconds; larger files and every web page
// (whose size is unknown until fetched) are read in a child process.
const INLINE_PARSE_LIMIT_BYTES = 256 * 1024

async function readSource(source: ImportSource): Promise<ImportedDocument> {
  if (source.kind === 'paste') return { title: null, text: source.text, blocks: [], format: 'txt', metadata: {} }
  if (source.kind === 'file') {
    if (source.bytes.length <= INLINE_PARSE_LIMIT_BYTES) return importFile(source)
    return importOffThread({ kind: 'file', filename: source.filename, contentType: source.contentType, bytesBase64: Buffer.from(source.bytes).toString('base64') })
  }
  const { url } = parseInput(z.object({ url: ZImportUrl }), { url: source.url })
  return importOffThread({ kind: 'url', url, allowPrivateHosts: allowedPrivateHosts() })
}

// Tests import from a local server; production never needs this.
function allowedPrivateHosts(): string[] {
  return (process.env.CLAIMTRACK_IMPORT_ALLOW_HOSTS ?? '').split(',').map((host) => host.trim()).filter(Boolean)
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!.trim()
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}
