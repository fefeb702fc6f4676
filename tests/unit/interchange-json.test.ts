import { describe, expect, it } from 'vitest'
import { ZExportFile } from '@/lib/interchange/export-json-schema'
import { checkReferences } from '@/lib/interchange/import-workspace-json'

const AT = '2026-03-02T10:00:00.000Z'
const file = () =>
  ZExportFile.parse({
    format: 'claimtrack-export',
    version: 1,
    exportedAt: AT,
    workspace: { id: 'w', name: 'Desk', verifyMinRatings: 2, verifyMinAgreement: '0.67', verifyRequiresStrongEvidence: true },
    members: [{ email: 'a@x.test', name: 'A', role: 'OWNER' }],
    documents: [
      {
        id: 'd1', title: 'T', contentHash: 'h', createdAt: AT,
        revisions: [{ id: 'r1', number: 1, text: 'Trade grew 5% in 2024.', contentHash: 'h', source: 'paste', createdAt: AT }],
        claims: [{ id: 'c1', revisionNumber: 1, start: 0, end: 22, quote: 'Trade grew 5% in 2024.', prefix: '', suffix: '', kind: 'STATISTIC', checkworthiness: '0.8', reasons: [], origin: 'EXTRACTED', status: 'UNREVIEWED', createdAt: AT, quantities: [], pastAnchors: [] }],
        comments: [
          { id: 'm1', author: 'a@x.test', body: 'x', createdAt: AT },
          { id: 'm2', parentId: 'm1', author: 'a@x.test', body: 'y', createdAt: AT },
        ],
      },
    ],
    sources: [{ id: 's1', url: 'https://a.example', normalizedUrl: 'https://a.example', title: 'S', type: 'NEWS', createdAt: AT }],
    evidence: [{ id: 'e1', claimId: 'c1', sourceId: 's1', stance: 'SUPPORTS', quote: 'q', createdAt: AT }],
    ratings: [{ id: 'g1', claimId: 'c1', reviewer: 'a@x.test', verdict: 'ACCURATE', confidence: 3, rationale: 'r', createdAt: AT }],
    activity: [{ id: '1', subjectType: 'Claim', subjectId: 'c1', action: 'claim.created', at: AT }],
  })

describe('checking an export file before import', () => {
  it('accepts a consistent file, filling what may be left out', () => {
    const parsed = file()
    expect(parsed.documents[0]!.comments[0]).toMatchObject({ parentId: null, mentions: [], edits: [] })
    expect(checkReferences(parsed)).toEqual([])
  })

  it('names dangling references, repeated ids, reply cycles and spans outside the text', () => {
    const parsed = file()
    const [document] = parsed.documents
    document!.claims[0]!.end = 99
    document!.comments[0]!.parentId = 'm2'
    parsed.sources.push({ ...parsed.sources[0]!, id: 'c1', url: 'https://b.example', normalizedUrl: 'https://b.example' })
    parsed.evidence[0]!.sourceId = 'nope'
    parsed.activity.push({ ...parsed.activity[0]! })
    const issues = checkReferences(parsed).map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    expect(issues).toEqual([
      'documents.0.claims.0.end: is outside the text of revision 1 or before start',
      'documents.0.comments.0.parentId: makes a cycle of replies',
      'documents.0.comments.1.parentId: makes a cycle of replies',
      'sources.1.id: repeats the id of documents.0.claims.0',
      'evidence.0.sourceId: names source nope, which is not in the file',
      'activity.1.id: event 1 is listed twice',
    ])
  })

  it('refuses another format or version by path', () => {
    const result = ZExportFile.safeParse({ ...file(), format: 'x', version: 2 })
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['format', 'version'])
  })
})
