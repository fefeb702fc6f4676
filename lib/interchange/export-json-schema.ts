// The full JSON export, version 1 (docs/export-json-schema.md): what exportWorkspaceJson
// writes and importWorkspaceJson accepts. Users are named by email; every other
// reference is an id of something in the same file.
import { z } from 'zod'
import { ClaimKind, ClaimOrigin, ClaimStatus, EvidenceStance, Qualifier, Role, SourceType, Verdict } from '@/lib/db/generated/enums'

export const EXPORT_FORMAT = 'claimtrack-export'
export const EXPORT_VERSION = 1
// Files over this are refused before they are read.
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024

const values = <T extends Record<string, string>>(object: T) => Object.values(object) as [T[keyof T], ...T[keyof T][]]
const ZEnum = <T extends Record<string, string>>(object: T) => z.enum(values(object), { error: `must be one of ${values(object).join(', ')}` })

const ZRef = z.string({ error: 'must be an id' }).min(1, 'is empty').max(64, 'is too long')
const ZEmailRef = z.string({ error: 'must be an email' }).trim().toLowerCase().max(254, 'is too long').pipe(z.email({ error: 'is not an email address' }))
const ZInstant = z.iso.datetime({ error: 'must be an ISO date and time', offset: true })
const ZDay = z.iso.date({ error: 'must be a date, YYYY-MM-DD' })
const ZInt = z.number({ error: 'must be a number' }).int('must be a whole number')
const ZOffset = ZInt.nonnegative('must not be negative')
const ZDecimal = z.string({ error: 'must be a decimal number as a string' }).regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i, 'must be a decimal number as a string')
const ZText = (max: number) => z.string({ error: 'must be text' }).max(max, `is longer than ${max} characters`)
const ZJson = z.json()
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().default(null)
// Links from a file become links on pages: web addresses only, as the app accepts them.
const ZWebUrl = ZText(5_000).refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http:// or https:// URL')

export const ZExportRevision = z.object({
  id: ZRef,
  number: ZInt.positive('must be 1 or more'),
  text: ZText(5_000_000),
  contentHash: ZText(128),
  blocks: ZJson.nullable().default(null),
  content: ZJson.nullable().default(null),
  source: ZText(20),
  baseNumber: nullable(ZInt),
  createdBy: nullable(ZEmailRef),
  createdAt: ZInstant,
})

export const ZExportQuantity = z.object({
  position: ZOffset,
  start: ZOffset,
  end: ZOffset,
  text: ZText(1_000),
  value: ZDecimal,
  valueMax: nullable(ZDecimal),
  unit: ZText(50),
  countedNoun: nullable(ZText(200)),
  scale: nullable(ZText(50)),
  qualifier: nullable(ZEnum(Qualifier)),
  year: nullable(ZInt),
  period: ZJson.nullable().default(null),
  role: nullable(ZText(20)),
})

export const ZExportClaim = z.object({
  id: ZRef,
  revisionNumber: ZInt,
  start: ZOffset,
  end: ZOffset,
  quote: ZText(100_000),
  prefix: ZText(1_000),
  suffix: ZText(1_000),
  kind: ZEnum(ClaimKind),
  checkworthiness: ZDecimal,
  reasons: ZJson,
  derived: ZJson.nullable().default(null),
  origin: ZEnum(ClaimOrigin),
  status: ZEnum(ClaimStatus),
  verdict: nullable(ZEnum(Verdict)),
  verdictBy: nullable(ZEmailRef),
  verdictAt: nullable(ZInstant),
  overrideReason: nullable(ZText(5_000)),
  assignee: nullable(ZEmailRef),
  createdBy: nullable(ZEmailRef),
  createdAt: ZInstant,
  dismissedAt: nullable(ZInstant),
  dismissedBy: nullable(ZEmailRef),
  supersededAt: nullable(ZInstant),
  orphanedAt: nullable(ZInstant),
  textChangedAt: nullable(ZInstant),
  previousQuote: nullable(ZText(100_000)),
  quantities: z.array(ZExportQuantity).max(500),
  pastAnchors: z
    .array(z.object({ revisionNumber: ZInt, start: ZOffset, end: ZOffset, quote: ZText(100_000), prefix: ZText(1_000), suffix: ZText(1_000), quantities: ZJson, createdAt: ZInstant }))
    .max(10_000),
})

export const ZExportComment = z.object({
  id: ZRef,
  claimId: nullable(ZRef),
  parentId: nullable(ZRef),
  author: ZEmailRef,
  body: ZText(100_000),
  revisionNumber: nullable(ZInt),
  start: nullable(ZOffset),
  end: nullable(ZOffset),
  quote: nullable(ZText(100_000)),
  prefix: nullable(ZText(1_000)),
  suffix: nullable(ZText(1_000)),
  orphanedAt: nullable(ZInstant),
  mentions: z.array(ZEmailRef).max(500).default([]),
  resolvedAt: nullable(ZInstant),
  resolvedBy: nullable(ZEmailRef),
  editedAt: nullable(ZInstant),
  deletedAt: nullable(ZInstant),
  createdAt: ZInstant,
  edits: z.array(z.object({ body: ZText(100_000), editedBy: ZEmailRef, editedAt: ZInstant })).max(10_000).default([]),
})

export const ZExportDocument = z.object({
  id: ZRef,
  title: ZText(1_000).min(1, 'is empty'),
  author: nullable(ZText(1_000)),
  publisher: nullable(ZText(1_000)),
  publishedAt: nullable(ZDay),
  sourceUrl: nullable(ZWebUrl),
  contentHash: ZText(128),
  createdBy: nullable(ZEmailRef),
  createdAt: ZInstant,
  archivedAt: nullable(ZInstant),
  revisions: z.array(ZExportRevision).min(1, 'is empty: a document has at least one revision'),
  claims: z.array(ZExportClaim),
  comments: z.array(ZExportComment),
})

export const ZExportSource = z.object({
  id: ZRef,
  // null for a source that is only an uploaded file
  url: nullable(ZWebUrl),
  // informative: on import the key is computed again from url
  normalizedUrl: nullable(ZText(5_000)),
  title: ZText(1_000),
  publisher: nullable(ZText(1_000)),
  author: nullable(ZText(1_000)),
  publishedAt: nullable(ZDay),
  accessedAt: nullable(ZDay),
  archiveUrl: nullable(ZWebUrl),
  type: ZEnum(SourceType),
  reliability: nullable(ZInt.min(1, 'must be 1–5').max(5, 'must be 1–5')),
  reliabilityNote: nullable(ZText(5_000)),
  retractedAt: nullable(ZInstant),
  retractionNote: nullable(ZText(5_000)),
  createdBy: nullable(ZEmailRef),
  createdAt: ZInstant,
})

export const ZExportEvidence = z.object({
  id: ZRef,
  claimId: ZRef,
  sourceId: ZRef,
  stance: ZEnum(EvidenceStance),
  quote: ZText(100_000),
  locator: nullable(ZText(1_000)),
  figure: nullable(ZText(1_000)),
  quantityPosition: nullable(ZOffset),
  createdBy: nullable(ZEmailRef),
  createdAt: ZInstant,
  removedAt: nullable(ZInstant),
})

export const ZExportRating = z.object({
  id: ZRef,
  claimId: ZRef,
  reviewer: ZEmailRef,
  verdict: ZEnum(Verdict),
  confidence: ZInt.min(1, 'must be 1–5').max(5, 'must be 1–5'),
  rationale: ZText(100_000),
  createdAt: ZInstant,
  supersededAt: nullable(ZInstant),
})

export const ZExportActivity = z.object({
  id: z.string({ error: 'must be an id' }).regex(/^\d+$/, 'must be a number as a string'),
  actor: nullable(ZEmailRef),
  subjectType: ZText(100),
  subjectId: ZText(200),
  documentId: nullable(ZRef),
  claimId: nullable(ZRef),
  action: ZText(100),
  before: ZJson.nullable().default(null),
  after: ZJson.nullable().default(null),
  at: ZInstant,
})

export const ZExportFile = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}": this is not a Claimtrack export` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}: this version of Claimtrack reads export version ${EXPORT_VERSION} only` }),
  exportedAt: ZInstant,
  scope: z.object({ documentId: nullable(ZRef) }).default({ documentId: null }),
  workspace: z.object({ id: ZRef, name: ZText(200).min(1, 'is empty'), verifyMinRatings: ZInt.min(0).max(50), verifyMinAgreement: ZDecimal, verifyRequiresStrongEvidence: z.boolean({ error: 'must be true or false' }) }),
  members: z.array(z.object({ email: ZEmailRef, name: nullable(ZText(200)), role: ZEnum(Role) })).max(10_000),
  documents: z.array(ZExportDocument),
  sources: z.array(ZExportSource),
  evidence: z.array(ZExportEvidence),
  ratings: z.array(ZExportRating),
  activity: z.array(ZExportActivity),
})

export type ExportFile = z.infer<typeof ZExportFile>
