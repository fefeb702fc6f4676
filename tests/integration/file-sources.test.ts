// A source that is only a file: no URL, the upload is snapshot 1, made together with
// the source; the same file twice is one source; it is searchable, listed, readable,
// cannot be "fetched again", and stays out of other workspaces.
import { beforeEach, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { requestSnapshot, uploadSnapshot } from '@/lib/snapshots/create-snapshot'
import { findSnapshots, readSnapshot } from '@/lib/snapshots/find-snapshots'
import { runSnapshotJob } from '@/lib/snapshots/run-snapshot-job'
import { searchWorkspace } from '@/lib/search/search-workspace'
import { createSourceFromFile, titleFromFilename } from '@/lib/sources/create-source-from-file'
import { findSources } from '@/lib/sources/find-sources'
import { getSourceById } from '@/lib/sources/get-source'
import { updateSource } from '@/lib/sources/update-source'
import { expectAppError } from '../support/app-error'
import { addMember } from '../support/members'
import { createUser } from '../support/users'

const REPORT = '# Fisheries report\n\nThe catch fell to 412 tonnes in 2023.\n\nQuotas were cut by a tenth.\n'
const bytesOf = (text: string) => new TextEncoder().encode(text)

let owner: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
let outsider: Awaited<ReturnType<typeof createUser>>
beforeEach(async () => {
  ;[owner, viewer, outsider] = await Promise.all([createUser('owner'), createUser('viewer'), createUser('outsider')])
  await addMember({ actor: owner, workspaceId: owner.workspaceId, email: viewer.email, role: 'VIEWER' })
})

const upload = (text: string, extra: Record<string, unknown> = {}) =>
  createSourceFromFile({ actor: owner, workspaceId: owner.workspaceId, filename: 'fisheries_report-2023.md', contentType: 'text/markdown', bytes: bytesOf(text), ...extra })

describe('a source from a file', () => {
  it('has no URL, takes its title from the file name, and its upload becomes snapshot 1', { timeout: 30_000 }, async () => {
    const { source, isExisting } = await upload(REPORT, { publisher: 'Ministry of Fish' })
    expect(isExisting).toBe(false)
    expect(source).toMatchObject({ url: null, normalizedUrl: null, title: 'fisheries report 2023', publisher: 'Ministry of Fish' })

    const [pending] = await findSnapshots({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id })
    expect(pending).toMatchObject({ number: 1, origin: 'UPLOAD', status: 'PENDING', fileName: 'fisheries_report-2023.md', format: 'md', byteSize: bytesOf(REPORT).length })
    expect(await runSnapshotJob(pending!.id)).toBe('done')
    const snapshot = await readSnapshot({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id, number: 1 })
    expect(snapshot.status).toBe('DONE')
    const lines = snapshot.blocks.map((block) => snapshot.text.slice(block.start, block.end))
    expect(lines).toEqual(['Fisheries report', 'The catch fell to 412 tonnes in 2023.', 'Quotas were cut by a tenth.'])
    expect(snapshot.blocks[0]!.kind).toBe('heading')

    // One audit entry for the new source, none for its first snapshot.
    const activity = await getDb().activityEvent.findMany({ where: { subjectId: source.id }, select: { action: true } })
    expect(activity.map((event) => event.action)).toEqual(['source.created'])
  })

  it('keeps a title given with the file', async () => {
    const { source } = await upload(REPORT, { title: 'Annual fisheries report' })
    expect(source.title).toBe('Annual fisheries report')
  })

  it('is the same source when the same file is uploaded again, a new one when the file differs', async () => {
    const first = await upload(REPORT)
    const again = await upload(REPORT, { title: 'Another name' })
    expect(again).toMatchObject({ isExisting: true, source: { id: first.source.id } })
    const other = await upload(REPORT.replace('412', '413'))
    expect(other.isExisting).toBe(false)
    expect(other.source.id).not.toBe(first.source.id)
    expect(await getDb().source.count({ where: { workspaceId: owner.workspaceId } })).toBe(2)
  })

  it('refuses an empty file, an unreadable type or a viewer, and then writes nothing', async () => {
    expect((await expectAppError(upload(''), 'INVALID_INPUT')).message).toMatch(/empty/)
    expect((await expectAppError(createSourceFromFile({ actor: owner, workspaceId: owner.workspaceId, filename: 'sheet.xlsx', bytes: bytesOf('x') }), 'INVALID_INPUT')).message).toMatch(/\.xlsx/)
    await expectAppError(createSourceFromFile({ actor: viewer, workspaceId: owner.workspaceId, filename: 'a.txt', bytes: bytesOf('words') }), 'FORBIDDEN')
    await expectAppError(createSourceFromFile({ actor: outsider, workspaceId: owner.workspaceId, filename: 'a.txt', bytes: bytesOf('words') }), 'NOT_FOUND')
    expect(await getDb().source.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
    expect(await getDb().sourceSnapshot.count({ where: { workspaceId: owner.workspaceId } })).toBe(0)
  })

  it('cannot be fetched again, takes a new upload as snapshot 2, and gains a URL when one is given', async () => {
    const { source } = await upload(REPORT)
    expect((await expectAppError(requestSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id }), 'INVALID_INPUT')).message).toMatch(/no web address/)
    const second = await uploadSnapshot({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, filename: 'v2.txt', bytes: bytesOf('The catch fell to 410 tonnes.') })
    expect(second).toMatchObject({ number: 2, origin: 'UPLOAD', format: 'txt' })
    const updated = await updateSource({ actor: owner, workspaceId: owner.workspaceId, sourceId: source.id, version: source.version, url: 'https://fish.example.org/report' })
    expect(updated).toMatchObject({ url: 'https://fish.example.org/report', normalizedUrl: 'https://fish.example.org/report' })
  })

  it('is listed, found by search, and read by members only', async () => {
    const { source } = await upload(REPORT, { title: 'Herring quotas explained' })
    const { sources } = await findSources({ actor: viewer, workspaceId: owner.workspaceId, query: 'herring' })
    expect(sources.map((listed) => [listed.id, listed.url])).toEqual([[source.id, null]])
    const hits = await searchWorkspace({ actor: viewer, workspaceId: owner.workspaceId, q: 'herring' })
    expect(hits.hits.map((hit) => hit.id)).toContain(source.id)
    expect(await getSourceById({ actor: viewer, workspaceId: owner.workspaceId, sourceId: source.id })).toMatchObject({ id: source.id, url: null, evidenceCount: 0, isRetracted: false })
    await expectAppError(getSourceById({ actor: outsider, workspaceId: owner.workspaceId, sourceId: source.id }), 'NOT_FOUND')
    await expectAppError(getSourceById({ actor: outsider, workspaceId: outsider.workspaceId, sourceId: source.id }), 'NOT_FOUND')
  })
})

describe('titleFromFilename', () => {
  it('turns a file name into words', () => {
    expect(titleFromFilename('annual-report_2024.pdf')).toBe('annual report 2024')
    expect(titleFromFilename('C:\\Users\\me\\Trade Release.docx')).toBe('Trade Release')
    expect(titleFromFilename('.pdf')).toBe('.pdf')
  })
})
