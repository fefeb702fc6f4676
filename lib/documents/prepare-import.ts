import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { checkedImportText } from '@/lib/import/checked-text'
import { extractInChunks } from '@/lib/claims/extract-in-chunks'
import type { ExtractedClaim } from '@/lib/extract/types'
import { importFile, type Block } from '@/lib/import'
import type { ChildSource, ReadDocument } from '@/lib/import/child/protocol'
import { readOffThread, type ReadProgress } from '@/lib/import/import-off-thread'
import { isPdf } from '@/lib/import/sniff-binary'
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
  claims: ExtractedClaim[]
}

// Everything that can be refused is refused here, before any work is saved: access,
// the file or page itself, the metadata, and a duplicate of an existing document. The
// claims are found here too, so saving is only writing.
export async function prepareImport({ actor, workspaceId, source, metadata: typed, onProgress }: { actor: Actor; workspaceId: string; source: ImportSource; metadata: TImportMetadata; onProgress?: (progress: ReadProgress) => void }): Promise<PreparedImport> {
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'document.create')
  const { document: imported, claims } = await readSource(source, onProgress)
  const { text } = imported
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
    claims,
  }
}

// Texts and files up to this size are read and searched in a few milliseconds; larger
// ones, every web page (whose size is unknown until fetched) and every PDF (a small
// one can hold hundreds of pages, and pdf.js is best kept out of the server's heap)
// go to a child process.
const INLINE_LIMIT_BYTES = 256 * 1024

async function readSource(source: ImportSource, onProgress?: (progress: ReadProgress) => void): Promise<ReadDocument> {
  if (source.kind === 'url') {
    const { url } = parseInput(z.object({ url: ZImportUrl }), { url: source.url })
    return readOffThread({ kind: 'url', url, allowPrivateHosts: allowedPrivateHosts() }, onProgress)
  }
  const size = source.kind === 'paste' ? source.text.length : source.bytes.length
  if (size > INLINE_LIMIT_BYTES || (source.kind === 'file' && (isPdf(source.bytes) || /\.pdf$/i.test(source.filename)))) {
    const childSource: ChildSource = source.kind === 'paste' ? source : { kind: 'file', filename: source.filename, contentType: source.contentType, bytesBase64: Buffer.from(source.bytes).toString('base64') }
    return readOffThread(childSource, onProgress)
  }
  const imported = source.kind === 'paste' ? { title: null, text: source.text, blocks: [], format: 'txt' as const, metadata: {} } : await importFile(source)
  const text = checkedImportText(imported.text)
  const claims = await extractInChunks(text, ({ done, total }) => onProgress?.({ type: 'progress', stage: 'extracting', done, total }))
  return { document: { ...imported, text }, claims }
}

// Tests import from a local server; production never needs this.
export function allowedPrivateHosts(): string[] {
  return (process.env.CLAIMTRACK_IMPORT_ALLOW_HOSTS ?? '').split(',').map((host) => host.trim()).filter(Boolean)
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!.trim()
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}
