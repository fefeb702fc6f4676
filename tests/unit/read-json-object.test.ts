import { describe, expect, it } from 'vitest'
import { AppError } from '@/lib/errors'
import { errorResponse, readJsonObject } from '@/lib/http/handle-route'

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/x', { method: 'POST', body, headers })
}

async function failure(request: Request, maxBytes?: number): Promise<AppError> {
  const error = await readJsonObject(request, maxBytes).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('readJsonObject', () => {
  it('returns a JSON object', async () => {
    await expect(readJsonObject(post('{"a":1}'))).resolves.toEqual({ a: 1 })
  })

  it('refuses empty, malformed, non-object and oversize bodies with a message', async () => {
    expect((await failure(post(''))).message).toBe('The request body is empty: send a JSON object')
    expect((await failure(post('{"a":'))).message).toBe('The request body is not valid JSON')
    expect((await failure(post('[1,2]'))).message).toBe('The request body must be a JSON object')
    const tooBig = await failure(post(JSON.stringify({ text: 'x'.repeat(2048) })), 1024)
    expect([tooBig.code, tooBig.status, tooBig.message]).toEqual(['PAYLOAD_TOO_LARGE', 413, 'The request is larger than 1 KB'])
    expect((await failure(post('{}', { 'content-length': String(10 * 1024 * 1024) }), 1024 * 1024)).status).toBe(413)
  })
})

describe('errorResponse', () => {
  it('gives an expected error its status and message, and hides unexpected ones behind a reference', async () => {
    const expected = errorResponse(new AppError('FORBIDDEN', 'Not for you'))
    expect(expected.status).toBe(403)
    expect(await expected.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Not for you' } })
    const original = console.error
    console.error = () => {}
    const unexpected = errorResponse(new Error('secret detail: password=hunter2'))
    console.error = original
    const body = await unexpected.json()
    expect(unexpected.status).toBe(500)
    expect(JSON.stringify(body)).not.toContain('hunter2')
    expect(body.error.message).toMatch(/^Something went wrong on our side \(reference [0-9a-f-]{36}\)\.$/)
  })

  it('answers 503 when the database is down', async () => {
    const down = errorResponse(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))
    expect(down.status).toBe(503)
    expect((await down.json()).error.message).toBe('The database is unavailable. Try again in a moment.')
  })
})

describe('an optional body', () => {
  it('reads as {} when empty, and is still held to the size limit', async () => {
    expect(await readJsonObject(new Request('http://x/', { method: 'POST', body: '' }), 100, { isOptional: true })).toEqual({})
    await expect(readJsonObject(new Request('http://x/', { method: 'POST', body: 'x'.repeat(200) }), 100, { isOptional: true })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' })
  })
})
