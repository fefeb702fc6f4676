// Turning an uploaded file or a web address into Claimtrack's canonical text and its
// block structure. Framework-free: no database, no Next.js.
export { importFile, type ImportFileInput } from './import-file'
export { importUrl, DEFAULT_TIMEOUT_MS, type ImportUrlOptions } from './import-url'
export type { HostResolver, ResolvedAddress } from './guarded-request'
export type { Block, BlockKind, DocumentMetadata, ImportedDocument, ImportFormat } from './types'
