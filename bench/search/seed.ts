// One workspace the size the search must serve: a million claims over 3,000 documents,
// 50,000 sources, 50,000 evidence rows and 200,000 comments. Accounts and memberships
// go through the real services. The documents' text is generated (bench/search/
// vocabulary.ts) and run through the real extraction engine and row builder
// (lib/claims/claim-rows), so claims and quantities are the rows an import writes;
// only the writing is done here, set-based. The search triggers stay on, so every
// searchVector is computed as in real use; the GIN indexes are dropped for the load
// and built again from their own definitions, as a bulk load does (maintaining a
// GIN index row by row costs several times its build).
import { createHash, randomUUID } from 'node:crypto'
import pg from 'pg'
import { loadActor } from '@/lib/auth/load-actor'
import type { Actor } from '@/lib/auth/actor'
import { toClaimRows } from '@/lib/claims/claim-rows'
import { extract } from '@/lib/extract'
import { createPasswordAccount } from '@/lib/users/create-password-account'
import { addMember } from '@/tests/support/members'
import { insertRows, type Row } from './bulk-insert'
import { makeComment, makeSentence, makeSource, randomSource, VOCABULARY, zipf } from './vocabulary'

export const PASSWORD = 'bench password 123'
export const SIZES = { documents: 3_000, claims: 1_000_000, sources: 50_000, evidence: 50_000, comments: 200_000 }
const DOCUMENTS_PER_BATCH = 50
const SENTENCES_PER_PARAGRAPH = 5
const VERDICTS = ['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE']
const SOURCE_TYPES = ['OFFICIAL_STATISTICS', 'PRIMARY_DATA', 'PEER_REVIEWED', 'REPORT', 'NEWS', 'OTHER']

export interface SearchSeed {
  workspaceId: string
  reviewer: Actor
  reviewerEmail: string
  documentIds: string[]
}

const COLUMNS = {
  Document: { id: 'text', workspaceId: 'text', title: 'text', author: 'text', publisher: 'text', publishedAt: 'date', contentHash: 'text', createdById: 'text', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)' },
  DocumentRevision: { id: 'text', documentId: 'text', number: 'int', text: 'text', contentHash: 'text', source: 'text', createdById: 'text', createdAt: 'timestamp(3)' },
  Claim: {
    id: 'text', workspaceId: 'text', documentId: 'text', revisionId: 'text', start: 'int', end: 'int', quote: 'text', prefix: 'text', suffix: 'text', kind: '"ClaimKind"',
    checkworthiness: 'numeric', reasons: 'jsonb', derived: 'jsonb', origin: '"ClaimOrigin"', status: '"ClaimStatus"', verdict: '"Verdict"', verdictById: 'text', verdictAt: 'timestamp(3)',
    assigneeId: 'text', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)',
  },
  Quantity: { id: 'text', claimId: 'text', position: 'int', start: 'int', end: 'int', text: 'text', value: 'numeric', valueMax: 'numeric', unit: 'text', countedNoun: 'text', scale: 'text', qualifier: '"Qualifier"', year: 'int', period: 'jsonb', role: 'text' },
  Source: { id: 'text', workspaceId: 'text', url: 'text', normalizedUrl: 'text', title: 'text', publisher: 'text', author: 'text', type: '"SourceType"', reliability: 'int', createdById: 'text', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)' },
  Evidence: { id: 'text', workspaceId: 'text', claimId: 'text', sourceId: 'text', stance: '"EvidenceStance"', quote: 'text', locator: 'text', figure: 'text', quantityPosition: 'int', createdById: 'text', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)' },
  Comment: { id: 'text', workspaceId: 'text', documentId: 'text', claimId: 'text', authorId: 'text', body: 'text', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)' },
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
// Two years of work, oldest first.
const dayOf = (share: number) => new Date(Date.UTC(2025, 0, 1) + share * 730 * 86_400_000)

interface Context {
  workspaceId: string
  ownerId: string
  members: string[]
  random: () => number
}

export async function seedSearchWorkspace(databaseUrl: string, sizes: typeof SIZES, progress: (line: string) => void): Promise<SearchSeed> {
  const owner = await createPasswordAccount({ email: 'owner@bench.test', password: PASSWORD, name: 'Bench Owner' })
  const members: string[] = [owner.id]
  for (const [name, role] of [['Ada', 'REVIEWER'], ['Ben', 'REVIEWER'], ['Cleo', 'EDITOR'], ['Dev', 'VIEWER']] as const) {
    const member = await createPasswordAccount({ email: `${name.toLowerCase()}@bench.test`, password: PASSWORD, name })
    await addMember({ actor: owner, workspaceId: owner.workspaceId, email: member.email, role })
    members.push(member.id)
  }
  const context: Context = { workspaceId: owner.workspaceId, ownerId: owner.id, members, random: randomSource(42) }
  // Two sessions write while this process makes the next batch: the load keeps both
  // cores busy (Postgres on the triggers and foreign keys, Node on the extraction).
  const writers = [await connect(databaseUrl), await connect(databaseUrl)]
  const { rows: ginIndexes } = await writers[0]!.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '% USING gin %'`)
  for (const { indexname } of ginIndexes) await writers[0]!.query(`DROP INDEX "${indexname}"`)

  let started = performance.now()
  const documents = await writeDocuments(writers, context, sizes, progress)
  progress(`  documents, revisions, claims and quantities: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  started = performance.now()
  await writeLibraryAndComments(writers[0]!, context, sizes, documents)
  progress(`  ${sizes.sources.toLocaleString('en')} sources, ${sizes.evidence.toLocaleString('en')} evidence, ${sizes.comments.toLocaleString('en')} comments: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  started = performance.now()
  await buildIndexes(writers, ginIndexes.map(({ indexdef }) => indexdef))
  progress(`  ${ginIndexes.length} GIN indexes built: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  for (const writer of writers) await writer.end()
  const reviewer = (await loadActor(members[1]!))!
  return { workspaceId: owner.workspaceId, reviewer, reviewerEmail: reviewer.email, documentIds: documents.documentIds }
}

interface Documents {
  documentIds: string[]
  claimIds: string[]
  claimDocument: number[] // each claim's document, by index
}

async function writeDocuments(writers: pg.Client[], context: Context, sizes: typeof SIZES, progress: (line: string) => void): Promise<Documents> {
  const documents: Documents = { documentIds: [], claimIds: [], claimDocument: [] }
  const started = performance.now()
  const writing: Promise<void>[] = writers.map(() => Promise.resolve())
  for (let first = 0, turn = 0; first < sizes.documents; first += DOCUMENTS_PER_BATCH, turn++) {
    const batch = { Document: [] as Row[], DocumentRevision: [] as Row[], Claim: [] as Row[], Quantity: [] as Row[] }
    for (let index = first; index < Math.min(sizes.documents, first + DOCUMENTS_PER_BATCH); index++) {
      // Documents of 0.5–1.5× the mean length, a million claims in all.
      const sentences = Math.round((sizes.claims / sizes.documents) * (0.5 + ((index * 0.618034) % 1)))
      const rows = makeDocument(context, index / sizes.documents, sentences, index % 10 === 0)
      documents.documentIds.push(rows.Document.id as string)
      for (const claim of rows.Claim) {
        documents.claimIds.push(claim.id as string)
        documents.claimDocument.push(index)
      }
      for (const table of ['Document', 'DocumentRevision', 'Claim', 'Quantity'] as const) batch[table].push(...[rows[table]].flat())
      // Lets the writers' sockets drain: Postgres starts on a batch only once it has all of it.
      await new Promise((resolve) => setImmediate(resolve))
    }
    const slot = turn % writers.length
    await writing[slot]
    writing[slot] = (async () => {
      for (const table of ['Document', 'DocumentRevision', 'Claim', 'Quantity'] as const) await insertRows(writers[slot]!, table, COLUMNS[table], batch[table])
    })()
    if (turn % 10 === 9) progress(`  ${documents.documentIds.length} documents, ${documents.claimIds.length.toLocaleString('en')} claims (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  await Promise.all(writing)
  return documents
}

// One document's rows: its text, extracted as an import extracts it. `age`: 0 the
// oldest, 1 the newest. An edited document's first revision lacks the last paragraph.
function makeDocument({ workspaceId, ownerId, members, random }: Context, age: number, sentences: number, isEdited: boolean) {
  const pick = <T>(list: readonly T[]) => zipf(list, random)
  const lines = Array.from({ length: Math.ceil(sentences / SENTENCES_PER_PARAGRAPH) }, (_, line) =>
    Array.from({ length: Math.min(SENTENCES_PER_PARAGRAPH, sentences - line * SENTENCES_PER_PARAGRAPH) }, () => makeSentence(random)).join(' '),
  )
  const text = lines.join('\n')
  const documentId = randomUUID()
  const createdAt = dayOf(age)
  const title = `${pick(VOCABULARY.topics)} in ${pick(VOCABULARY.countries)}, ${2000 + Math.floor(random() * 25)}`
  const revisions = (isEdited && lines.length > 1 ? [lines.slice(0, -1).join('\n'), text] : [text]).map((revisionText, number) => (
    { id: randomUUID(), documentId, number: number + 1, text: revisionText, contentHash: sha256(revisionText), source: number ? 'edit' : 'paste', createdById: ownerId, createdAt }
  ))
  const { claimRows, quantityRows } = toClaimRows({ workspaceId, documentId, revisionId: revisions.at(-1)!.id, text }, extract(text).claims)
  return {
    Document: { id: documentId, workspaceId, title: title[0]!.toUpperCase() + title.slice(1), author: `${pick(VOCABULARY.firstNames)} ${pick(VOCABULARY.lastNames)}`, publisher: 'The Bench Review', publishedAt: createdAt, contentHash: sha256(text), createdById: ownerId, createdAt, updatedAt: createdAt } as Row,
    DocumentRevision: revisions as Row[],
    Claim: claimRows.map((claim) => ({ ...claim, ...reviewState(random, members), createdAt, updatedAt: createdAt })) as Row[],
    Quantity: quantityRows.map((quantity) => ({ ...quantity, id: randomUUID() })) as Row[],
  }
}

async function writeLibraryAndComments(client: pg.Client, { workspaceId, members, random }: Context, sizes: typeof SIZES, { documentIds, claimIds, claimDocument }: Documents) {
  const pick = <T>(list: readonly T[]) => zipf(list, random)
  const sourceIds = Array.from({ length: sizes.sources }, () => randomUUID())
  await insertRows(client, 'Source', COLUMNS.Source, sourceIds.map((id, index) => {
    const source = makeSource(random, index)
    const at = dayOf(index / sizes.sources)
    return { id, workspaceId, ...source, normalizedUrl: source.url, type: SOURCE_TYPES[index % SOURCE_TYPES.length], reliability: 1 + (index % 5), createdById: pick(members), createdAt: at, updatedAt: at }
  }))
  const someClaim = () => Math.floor(random() * claimIds.length)
  await insertRows(client, 'Evidence', COLUMNS.Evidence, Array.from({ length: sizes.evidence }, (_, index) => {
    const claim = someClaim()
    const figure = `$${1 + (index % 900)} billion`
    const at = dayOf(claimDocument[claim]! / sizes.documents)
    return { id: randomUUID(), workspaceId, claimId: claimIds[claim], sourceId: sourceIds[index % sourceIds.length], stance: ['SUPPORTS', 'CONTRADICTS', 'CONTEXT'][index % 3], quote: `${pick(VOCABULARY.topics)} stood at ${figure} that year, the table shows.`, locator: `table ${1 + (index % 40)}`, figure, quantityPosition: 0, createdById: pick(members), createdAt: at, updatedAt: at }
  }))
  // Nine in ten comments are on a claim, the rest on the document as a whole.
  await insertRows(client, 'Comment', COLUMNS.Comment, Array.from({ length: sizes.comments }, (_, index) => {
    const claim = someClaim()
    const at = dayOf(claimDocument[claim]! / sizes.documents)
    return { id: randomUUID(), workspaceId, documentId: documentIds[claimDocument[claim]!], claimId: index % 10 ? claimIds[claim] : null, authorId: pick(members), body: makeComment(random), createdAt: at, updatedAt: at }
  }))
}

// Mostly unreviewed, as in a busy desk: some in review (assigned), some ready with a
// proposed verdict, a few verified.
function reviewState(random: () => number, members: string[]) {
  const draw = random()
  const verdict = VERDICTS[Math.floor(random() * VERDICTS.length)]
  if (draw < 0.7) return { status: 'UNREVIEWED' }
  if (draw < 0.85) return { status: 'IN_REVIEW', assigneeId: members[1 + Math.floor(random() * 3)] }
  return { status: draw < 0.95 ? 'READY' : 'VERIFIED', verdict, verdictById: members[0], verdictAt: new Date() }
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  // A bulk load's settings, for these sessions only: no wait for each commit's flush,
  // and memory enough to build an index in one pass.
  await client.query(`SET synchronous_commit = off`)
  await client.query(`SET maintenance_work_mem = '1GB'`)
  return client
}

// GIN builds are single-threaded: two sessions build two at a time on two cores.
async function buildIndexes(sessions: pg.Client[], definitions: string[]) {
  await Promise.all(sessions.map(async (session, which) => {
    for (const definition of definitions.filter((_, index) => index % sessions.length === which)) await session.query(definition)
  }))
}
