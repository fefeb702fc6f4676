import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson, reportContentHash } from '@/lib/reports/report-hash'
import { sampleReport } from './report-sample'

describe('reportContentHash', () => {
  it('is the SHA-256 hex of the canonical JSON without generatedAt', () => {
    const report = sampleReport()
    const { generatedAt: _generatedAt, ...content } = report
    expect(reportContentHash(report)).toBe(createHash('sha256').update(canonicalJson(content)).digest('hex'))
    expect(reportContentHash(report)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('ignores the export time and the order of keys, and changes with the content', () => {
    const report = sampleReport()
    const reordered = Object.fromEntries(Object.entries(sampleReport({ generatedAt: '2030-01-01T00:00:00.000Z' })).reverse()) as typeof report
    expect(reportContentHash(reordered)).toBe(reportContentHash(report))
    const changed = sampleReport()
    changed.documents[0]!.claims[0]!.confidence = '4.51'
    expect(reportContentHash(changed)).not.toBe(reportContentHash(report))
    // Order of claims is content: a reordered report is another report.
    const swapped = sampleReport()
    swapped.documents[0]!.claims.reverse()
    expect(reportContentHash(swapped)).not.toBe(reportContentHash(report))
  })

  it('covers the hashes of the source snapshots the quotes were located in', () => {
    const report = sampleReport()
    const otherVersion = sampleReport()
    otherVersion.documents[0]!.claims[0]!.evidence[0]!.quoteLocation!.snapshot!.sha256 = 'f'.repeat(64)
    expect(reportContentHash(otherVersion)).not.toBe(reportContentHash(report))
    const otherText = sampleReport()
    otherText.documents[0]!.claims[0]!.evidence[0]!.quoteLocation!.snapshot!.textSha256 = 'f'.repeat(64)
    expect(reportContentHash(otherText)).not.toBe(reportContentHash(report))
  })

  it('writes canonical JSON: sorted keys at every depth, no whitespace, undefined dropped', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'é"' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"é\\"","z":null}]},"b":1}')
  })
})
