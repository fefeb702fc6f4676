// Evidence quotes located in the source as archived (issue 15): at once against a
// finished snapshot, later when the snapshot finishes after the evidence, flagged when
// not found, the figure check read from the located words, and never another
// workspace's snapshot.
import { beforeEach, describe, expect, it } from 'vitest'
import { findClaims } from '@/lib/claims/find-claims'
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { findEvidence } from '@/lib/evidence/find-evidence'
import { locateSourceQuotes } from '@/lib/evidence/locate-source-quotes'
import { updateEvidence } from '@/lib/evidence/update-evidence'
import { readStoredLocation } from '@/lib/quotes/stored-location'
import { uploadSnapshot } from '@/lib/snapshots/create-snapshot'
import { runSnapshotJob } from '@/lib/snapshots/run-snapshot-job'
import { createSource } from '@/lib/sources/create-source'
import { makePdf } from '../support/pdf-fixture'
import { createUser } from '../support/users'

const ARTICLE = 'Investment in quantum technologies reached $15.3 billion in 2024.'
const RELEASE = ['Quantum programme review', 'The ministry published its annual figures.', 'Investment in quantum-technologies reached 15.3 billion dollars in 2024, the ministry said.', 'Exports did not grow.'].join('\n')

type User = Awaited<ReturnType<typeof createUser>>
let owner: User
let outsider: User
let workspaceId: string
let claimId: string

beforeEach(async () => {
  ;[owner, outsider] = await Promise.all([createUser('owner'), createUser('outsider')])
  workspaceId = owner.workspaceId
  const { id: documentId } = await createDocument({ actor: owner, workspaceId, title: 'Quantum', text: ARTICLE })
  claimId = (await findClaims({ actor: owner, workspaceId, documentId }))[0]!.id
})

// A source whose first snapshot (a fetch) is still waiting; archive() adds an upload and runs it.
async function newSource(actor: User = owner, url = 'https://ministry.example.gov/quantum') {
  const { source } = await createSource({ actor, workspaceId: actor.workspaceId, url, title: 'Quantum review' })
  const archive = async (text: string | Uint8Array, filename = 'release.txt') => {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
    const snapshot = await uploadSnapshot({ actor, workspaceId: actor.workspaceId, sourceId: source.id, filename, bytes })
    expect(await runSnapshotJob(snapshot.id)).toBe('done')
    return getDb().sourceSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } })
  }
  return { source, archive }
}

const cite = (sourceId: string, quote: string, extra: Record<string, unknown> = {}) => addEvidence({ actor: owner, workspaceId, claimId, sourceId, stance: 'SUPPORTS', quote, ...extra })
const stored = async (evidenceId: string) => getDb().evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: { quoteSnapshotId: true, quoteLocation: true } })
const listed = async () => findEvidence({ actor: owner, workspaceId, claimId })

describe('a quote added against a finished snapshot', () => {
  it('is located at once and stored with the snapshot, its offsets and W3C selectors', async () => {
    const { source, archive } = await newSource()
    const snapshot = await archive(RELEASE)
    // Curly quotes, a dash for the hyphen, and doubled spaces: still the source's words.
    const evidence = await cite(source.id, '“Investment in quantum–technologies  reached 15.3 billion dollars in 2024”')
    const row = await stored(evidence.id)
    expect(row.quoteSnapshotId).toBe(snapshot.id)
    const location = readStoredLocation(row.quoteLocation)!
    expect(location).toMatchObject({ snapshotId: snapshot.id, snapshotNumber: 2, status: 'found', method: 'normalized', blockIndex: 2, page: null })
    expect(snapshot.text!.slice(location.start, location.end)).toBe('Investment in quantum-technologies reached 15.3 billion dollars in 2024')
    expect(location.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'Investment in quantum-technologies reached 15.3 billion dollars in 2024', prefix: expect.any(String), suffix: ', the ministry said.\nExports did' },
      { type: 'TextPositionSelector', start: location.start, end: location.end },
    ])
    expect(evidence.quoteCheck).toMatchObject({ state: 'found', label: 'Quote found (paragraph 3)', isFlagged: false, paragraph: 3, snapshot: { id: snapshot.id, number: 2, sha256: snapshot.sha256, textSha256: snapshot.textSha256 } })
    expect(evidence.quoteCheck.href).toBe(`/w/${workspaceId}/sources/${source.id}?snapshot=2&at=${location.start}-${location.end}`)
    // No figure typed: the check reads it from the located words.
    expect(evidence.figureCheck).toMatchObject({ origin: 'quote', text: '15.3 billion dollars', summary: 'source says 15.3 billion dollars in paragraph 3', comparison: { kind: 'matches' } })
    expect(await listed()).toEqual([evidence])
  })

  it('flags a quote that is not in the source, and one whose figure or negation differs', async () => {
    const { source, archive } = await newSource()
    const snapshot = await archive(RELEASE)
    const missing = await cite(source.id, 'The ministry doubled its quantum budget.')
    const figure = await cite(source.id, 'Investment in quantum-technologies reached 13.5 billion dollars in 2024', { figure: '$15.3 billion' })
    const negation = await cite(source.id, 'Exports did grow.')
    const archivedOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(snapshot.createdAt)
    expect(missing.quoteCheck).toMatchObject({ state: 'not-found', isFlagged: true, label: `Quote not found in the source as archived on ${archivedOn}`, start: null })
    expect(negation.quoteCheck).toMatchObject({ state: 'not-found', isFlagged: true })
    expect(readStoredLocation((await stored(missing.id)).quoteLocation)).toMatchObject({ status: 'not-found', snapshotNumber: 2 })
    // The source's real figure is what is compared, not the one typed.
    expect(figure.quoteCheck).toMatchObject({ state: 'figure-differs', isFlagged: true })
    expect(figure.figureCheck).toMatchObject({ origin: 'quote', text: '15.3 billion dollars', comparison: { kind: 'matches' } })
  })

  it('reads page numbers from a PDF and says where the figure is', { timeout: 30_000 }, async () => {
    const { source, archive } = await newSource()
    const pdf = await makePdf((doc) => {
      doc.text('Quantum programme review. Annual figures of the ministry.')
      doc.addPage()
      doc.text('In 2024 investment in quantum technologies reached 15.3 billion dollars.')
    })
    await archive(pdf, 'review.pdf')
    const evidence = await cite(source.id, 'investment in quantum technologies reached 15.3 billion dollars', { figure: '$99 billion' })
    expect(evidence.quoteCheck).toMatchObject({ state: 'found', label: 'Quote found on page 2', page: 2 })
    expect(evidence.figureCheck).toMatchObject({ origin: 'quote', summary: 'source says 15.3 billion dollars on p. 2', comparison: { kind: 'matches' } })
    expect(readStoredLocation((await stored(evidence.id)).quoteLocation)!.selectors).toContainEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' })
  })
})

describe('a quote added before the source is archived', () => {
  it('says so, then is located when the snapshot finishes', async () => {
    const { source, archive } = await newSource()
    const evidence = await cite(source.id, 'Investment in quantum-technologies reached 15.3 billion dollars in 2024', { figure: '$15.3 billion' })
    expect(evidence.quoteCheck).toMatchObject({ state: 'pending', label: 'Source not archived yet', snapshot: null, href: null })
    expect(evidence.figureCheck).toMatchObject({ origin: 'typed', comparison: { kind: 'matches' } })
    expect(await stored(evidence.id)).toEqual({ quoteSnapshotId: null, quoteLocation: null })

    const snapshot = await archive(RELEASE)
    const [after] = await listed()
    expect(after!.quoteCheck).toMatchObject({ state: 'found', snapshot: { id: snapshot.id } })
    expect(after!.figureCheck).toMatchObject({ origin: 'quote', text: '15.3 billion dollars' })
    const events = await getDb().activityEvent.findMany({ where: { subjectId: evidence.id }, orderBy: { id: 'asc' } })
    expect(events.map((event) => [event.action, event.actorId])).toEqual([['evidence.added', owner.id], ['evidence.quote_located', null]])
  })

  it('keeps a found location on its snapshot, and looks again for a quote not found in an older one', async () => {
    const { source, archive } = await newSource()
    const first = await archive('Quantum programme review\nThe ministry published its annual figures.')
    const found = await cite(source.id, 'The ministry published its annual figures.')
    const missing = await cite(source.id, 'Investment in quantum-technologies reached 15.3 billion dollars in 2024')
    expect(missing.quoteCheck.state).toBe('not-found')
    const second = await archive(RELEASE)
    expect((await stored(found.id)).quoteSnapshotId).toBe(first.id)
    const relocated = readStoredLocation((await stored(missing.id)).quoteLocation)!
    expect(relocated).toMatchObject({ snapshotId: second.id, status: 'found', history: [{ snapshotId: first.id, snapshotNumber: 2, status: 'not-found', replacedBecause: 'new-snapshot' }] })
  })

  it('is located again when its quote is edited, keeping the old location in its history', async () => {
    const { source, archive } = await newSource()
    const snapshot = await archive(RELEASE)
    const evidence = await cite(source.id, 'The ministry doubled its budget.')
    const edited = await updateEvidence({ actor: owner, workspaceId, claimId, evidenceId: evidence.id, version: evidence.version, quote: 'The ministry published its annual figures.' })
    expect(edited).toMatchObject({ version: 2, quote: 'The ministry published its annual figures.', quoteCheck: { state: 'found', paragraph: 2 } })
    const location = readStoredLocation((await stored(evidence.id)).quoteLocation)!
    expect(location.history).toEqual([expect.objectContaining({ snapshotId: snapshot.id, status: 'not-found', replacedBecause: 'quote-edited' })])
    const event = await getDb().activityEvent.findFirstOrThrow({ where: { subjectId: evidence.id, action: 'evidence.updated' } })
    expect(event.before).toMatchObject({ quote: 'The ministry doubled its budget.', quoteLocation: { snapshotNumber: 2, status: 'not-found' } })
    expect(event.after).toMatchObject({ quoteLocation: { snapshotNumber: 2, status: 'found' } })
  })
})

describe('workspace isolation', () => {
  it("never locates a quote in another workspace's snapshot", async () => {
    const { source } = await newSource()
    // The same page archived in another workspace, and a row that claims our source but belongs elsewhere.
    const theirs = await newSource(outsider)
    const foreign = await theirs.archive(RELEASE)
    const forged = await getDb().sourceSnapshot.create({
      data: { workspaceId: outsider.workspaceId, sourceId: source.id, number: 9, origin: 'UPLOAD', status: 'DONE', text: RELEASE, blocks: [], requestedById: outsider.id },
    })
    const evidence = await cite(source.id, 'The ministry published its annual figures.')
    expect(evidence.quoteCheck.state).toBe('pending')
    expect(await getDb().$transaction((tx) => locateSourceQuotes(tx, forged.id))).toBe(0)
    expect(await getDb().$transaction((tx) => locateSourceQuotes(tx, foreign.id))).toBe(0)
    expect(await stored(evidence.id)).toEqual({ quoteSnapshotId: null, quoteLocation: null })
    const [read] = await listed()
    expect(read!.quoteCheck).toMatchObject({ state: 'pending', snapshot: null })
  })
})
