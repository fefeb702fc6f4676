// The HTTP contract of the add-source form's "A file": a multipart POST /sources
// makes a source with no URL and its upload as snapshot 1; problems answer 4xx with
// the field they concern.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { addMember } from '../support/members'
import { session } from '../support/signed-in'
import { createUser } from '../support/users'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const sources = await import('@/app/api/workspaces/[workspaceId]/sources/route')
const snapshots = await import('@/app/api/workspaces/[workspaceId]/sources/[sourceId]/snapshots/route')

let owner: Awaited<ReturnType<typeof createUser>>
let viewer: Awaited<ReturnType<typeof createUser>>
beforeEach(async () => {
  ;[owner, viewer] = await Promise.all([createUser('owner'), createUser('viewer')])
  await addMember({ actor: owner, workspaceId: owner.workspaceId, email: viewer.email, role: 'VIEWER' })
  session.actor = owner
})

function upload(fields: Record<string, string>, file?: File): Request {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  if (file) form.set('file', file)
  return new Request('http://localhost/api/x', { method: 'POST', body: form })
}

async function post(request: Request, params: Record<string, string> = {}) {
  const response = await sources.POST(request, { params: Promise.resolve({ workspaceId: owner.workspaceId, ...params }) } as never)
  return { status: response.status, body: (await response.json()) as { source: { id: string } } & Record<string, unknown> }
}

describe('POST /sources with a file', () => {
  it('answers 201 with a source that has no URL, and its upload is snapshot 1', async () => {
    const file = new File(['Grain exports reached 41 million tonnes.'], 'grain.txt', { type: 'text/plain' })
    const { status, body } = await post(upload({ publisher: 'Grain Board', reliability: '4', type: 'REPORT' }, file))
    expect(status).toBe(201)
    expect(body).toMatchObject({ isExisting: false, source: { url: null, title: 'grain', publisher: 'Grain Board', reliability: 4, type: 'REPORT' } })
    const listed = await snapshots.GET(new Request('http://localhost/api/x'), { params: Promise.resolve({ workspaceId: owner.workspaceId, sourceId: body.source.id }) } as never)
    const { snapshots: rows } = (await listed.json()) as { snapshots: Record<string, unknown>[] }
    expect(rows).toMatchObject([{ number: 1, origin: 'UPLOAD', fileName: 'grain.txt', format: 'txt' }])

    const again = await post(upload({}, new File(['Grain exports reached 41 million tonnes.'], 'copy.txt')))
    expect(again).toMatchObject({ status: 200, body: { isExisting: true, source: { id: body.source.id } } })
  })

  it('names the field at fault: no file, a bad field, a type it cannot read; a viewer is refused', async () => {
    expect(await post(upload({ title: 'No file' }))).toMatchObject({ status: 422, body: { error: { fields: [{ field: 'file' }] } } })
    const file = () => new File(['words'], 'a.txt')
    expect(await post(upload({ reliability: '9' }, file()))).toMatchObject({ status: 422, body: { error: { fields: [{ field: 'reliability' }] } } })
    expect((await post(upload({}, new File(['x'], 'sheet.xlsx')))).status).toBe(422)
    session.actor = viewer
    expect((await post(upload({}, file()))).status).toBe(403)
  })
})
