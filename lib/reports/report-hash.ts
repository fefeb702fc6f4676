// The report's SHA-256 content hash, printed in every format so a reader can tell two
// versions apart: the same data exported twice hashes the same, because the hash
// covers a canonical JSON form (keys sorted, no whitespace) of the model without
// generatedAt. Node's crypto: server and scripts only.
import { createHash } from 'node:crypto'
import type { ReportModel } from './report-model'

export function reportContentHash(model: ReportModel): string {
  const { generatedAt: _generatedAt, ...content } = model
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex')
}

// JSON with object keys in code-point order at every depth; undefined members dropped,
// as JSON.stringify does. Arrays keep their order: it is meaningful (document order).
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    return text === undefined ? 'null' : text
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
}
