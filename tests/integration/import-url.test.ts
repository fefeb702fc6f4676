// importUrl against a real HTTP server on 127.0.0.1. The server counts every request
// by path, so a refusal is proven to happen before any byte is sent to the target.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_TIMEOUT_MS, importUrl, type ImportUrlOptions } from '@/lib/import'
import { timeoutError } from '@/lib/import/fetch-errors'
import { expectAppError } from '../support/app-error'
import { buildDocx } from '../support/docx-fixture'
import { expectJoinedBlocks, expectWellFormed } from '../support/import-document'

const ARTICLE = `<!doctype html><html><head>
  <title>Investment | Example News</title>
  <meta property="og:title" content="AI investment surged">
  <meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2024-03-05T10:00:00Z">
  <link rel="canonical" href="/articles/ai-investment">
</head><body onload="MARKER()"><nav>Menu</nav><main><h1>AI investment surged</h1>
  <p>From $8 billion in 2014 to over $110 billion in 2024.<script>MARKER()</script></p>
  <iframe src="/secret">MARKER</iframe></main><footer>Footer</footer></body></html>`

type Route = (request: IncomingMessage, response: ServerResponse) => void

let origin = ''
let port = 0
const hits: string[] = []
const pending = new Set<ServerResponse>()

const ROUTES: Record<string, Route> = {
  '/article': (_, res) => send(res, 'text/html; charset=utf-8', ARTICLE),
  '/plain': (_, res) => send(res, 'text/plain', 'Title line\nGDP grew 3% in 2024.'),
  '/cyrillic': (_, res) => send(res, 'text/plain; charset=windows-1251', Buffer.from([0xf0, 0xf3, 0xe1, 0xeb, 0xe8])),
  '/markdown': (_, res) => send(res, 'text/markdown', '# Heading\n\nSome **bold** text.'),
  '/docx': (_, res) => send(res, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from(buildDocx([{ text: 'Word title', style: 'Title' }, { text: 'Body.' }]))),
  '/untyped': (_, res) => res.end('<!DOCTYPE html><p>Sniffed as HTML.</p>'),
  '/gzip': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
    res.end(gzipSync('<p>Compressed page.</p>'))
  },
  '/gzip-bomb': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
    res.end(gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x61))) // 10 KB on the wire
  },
  '/slow': (_, res) => void pending.add(res), // never answers
  '/slow-body': (_, res) => {
    pending.add(res)
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.write('The first words, then nothing')
  },
  '/image': (_, res) => send(res, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/pdf': (_, res) => send(res, 'application/pdf', '%PDF-1.7'),
  '/binary-as-text': (_, res) => send(res, 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
  '/empty': (_, res) => send(res, 'text/html', ''),
  '/scripts-only': (_, res) => send(res, 'text/html', '<script>MARKER()</script><nav>menu</nav>'),
  '/missing': (_, res) => send(res, 'text/html', 'Not here', 404),
  '/down': (_, res) => send(res, 'text/html', 'Try later', 503),
  '/big': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }) // chunked: no length announced
    for (let i = 0; i < 64; i += 1) res.write('x'.repeat(1024))
    res.end()
  },
  '/big-declared': (_, res) => send(res, 'text/plain', 'x'.repeat(4096)),
  '/redirect-article': (_, res) => redirect(res, '/article'),
  '/redirect-to-loopback-ip': (_, res) => redirect(res, `http://127.0.0.1:${port}/secret`),
  '/redirect-to-localhost': (_, res) => redirect(res, `http://localhost:${port}/secret`),
  '/redirect-to-private': (_, res) => redirect(res, 'http://10.0.0.1/secret'),
  '/redirect-to-metadata': (_, res) => redirect(res, 'http://169.254.169.254/latest/meta-data/'),
  '/redirect-to-decimal-ip': (_, res) => redirect(res, `http://2130706433:${port}/secret`),
  '/redirect-to-mapped-v6': (_, res) => redirect(res, `http://[::ffff:127.0.0.1]:${port}/secret`),
  '/redirect-to-file': (_, res) => redirect(res, 'file:///etc/passwd'),
  '/redirect-no-location': (_, res) => send(res, 'text/plain', '', 302),
  '/loop': (req, res) => redirect(res, `/loop?n=${Number(new URL(req.url!, origin).searchParams.get('n') ?? 0) + 1}`),
  '/secret': (_, res) => send(res, 'text/plain', 'SECRET internal data'),
}

function send(res: ServerResponse, contentType: string, body: string | Buffer, status = 200): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location })
  res.end()
}

const server = createServer((req, res) => {
  const path = new URL(req.url!, origin).pathname
  hits.push(path)
  const route = ROUTES[path]
  if (route) route(req, res)
  else send(res, 'text/plain', 'no route', 404)
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  for (const res of pending) res.destroy()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  hits.length = 0
})

const LOCAL: ImportUrlOptions = { allowPrivateHosts: ['127.0.0.1'] }
const fetchLocal = (path: string, options: ImportUrlOptions = {}) => importUrl(`${origin}${path}`, { ...LOCAL, ...options })

describe('importUrl reads pages', () => {
  it('reads an HTML page: text without scripts, metadata, canonical URL resolved against the page', async () => {
    const document = await fetchLocal('/article')
    // The headline is the document's title, not a line of its text (Readability's rule).
    expect(document.text).toBe('From $8 billion in 2014 to over $110 billion in 2024.')
    expect(document.text).not.toMatch(/MARKER|Menu|Footer/)
    expect(document).toMatchObject({ title: 'AI investment surged', format: 'html' })
    expect(document.metadata).toEqual({ author: 'Jane Doe', publisher: 'Example News', publishedAt: '2024-03-05', sourceUrl: `${origin}/articles/ai-investment` })
    expectJoinedBlocks(document)
    expect(hits).toEqual(['/article']) // the iframe's /secret is never fetched
  })

  it('reads plain text, Markdown and .docx by content type, and text in a declared charset', async () => {
    const plain = await fetchLocal('/plain')
    expect(plain).toMatchObject({ format: 'txt', text: 'Title line\nGDP grew 3% in 2024.', title: 'Title line', metadata: { sourceUrl: `${origin}/plain` } })
    expectWellFormed(plain)
    expect(await fetchLocal('/markdown')).toMatchObject({ format: 'md', text: 'Heading\nSome bold text.' })
    expect(await fetchLocal('/docx')).toMatchObject({ format: 'docx', title: 'Word title', text: 'Word title\nBody.' })
    expect((await fetchLocal('/cyrillic')).text).toBe('рубли')
  })

  it('sniffs an untyped page, inflates a gzip page, and follows a redirect to an allowed host', async () => {
    expect(await fetchLocal('/untyped')).toMatchObject({ format: 'html', text: 'Sniffed as HTML.' })
    expect((await fetchLocal('/gzip')).text).toBe('Compressed page.')
    const redirected = await fetchLocal('/redirect-article')
    expect(redirected.title).toBe('AI investment surged')
    expect(hits).toContain('/article')
  })
})

describe('importUrl refuses private addresses, before connecting', () => {
  it.each([
    [`http://127.0.0.1:{port}/secret`, 'The address is private (127.0.0.1): Claimtrack only fetches public web pages'],
    [`http://2130706433:{port}/secret`, 'The address is private (127.0.0.1): Claimtrack only fetches public web pages'],
    [`http://0x7f.0.0.1:{port}/secret`, 'The address is private (127.0.0.1): Claimtrack only fetches public web pages'],
    [`http://[::ffff:127.0.0.1]:{port}/secret`, 'The address is private (::ffff:7f00:1): Claimtrack only fetches public web pages'],
    [`http://[::1]:{port}/secret`, 'The address is private (::1): Claimtrack only fetches public web pages'],
    [`http://localhost:{port}/secret`, /^The address is private \(localhost is (127\.0\.0\.1|::1)\)/],
  ])('%s, with no allowlist', async (template, message) => {
    const error = await expectAppError(importUrl(template.replace('{port}', String(port))), 'INVALID_INPUT')
    expect(error.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message)
    expect(hits).toEqual([])
  })

  // The page is reached as "localhost" (allowlisted by name); 127.0.0.1 itself is
  // not allowlisted, so no redirect may lead to it or to any other private address.
  const viaLocalhost = (path: string) => importUrl(`http://localhost:${port}${path}`, { allowPrivateHosts: ['localhost'], resolveHost: async () => [{ address: '127.0.0.1', family: 4 }] })

  it.each([
    ['/redirect-to-loopback-ip', 'The page redirected to a private address (127.0.0.1), which Claimtrack does not fetch'],
    ['/redirect-to-decimal-ip', 'The page redirected to a private address (127.0.0.1), which Claimtrack does not fetch'],
    ['/redirect-to-mapped-v6', 'The page redirected to a private address (::ffff:7f00:1), which Claimtrack does not fetch'],
    ['/redirect-to-private', 'The page redirected to a private address (10.0.0.1), which Claimtrack does not fetch'],
    ['/redirect-to-metadata', 'The page redirected to a private address (169.254.169.254), which Claimtrack does not fetch'],
  ])('a redirect from an allowlisted host to another private address (%s)', async (path, message) => {
    const error = await expectAppError(viaLocalhost(path), 'INVALID_INPUT')
    expect(error.message).toBe(message)
    expect(hits).toEqual([path]) // /secret never reached
  })

  it('a redirect to a name that resolves to a private address when connecting', async () => {
    const error = await expectAppError(fetchLocal('/redirect-to-localhost'), 'INVALID_INPUT')
    expect(error.message).toMatch(/^The page redirected to a private address \(localhost is (127\.0\.0\.1|::1)\), which Claimtrack does not fetch$/)
    expect(hits).toEqual(['/redirect-to-localhost'])
  })

  it('the same redirect is followed when its target is allowlisted too', async () => {
    const document = await importUrl(`http://localhost:${port}/redirect-to-loopback-ip`, { allowPrivateHosts: ['localhost', '127.0.0.1'], resolveHost: async () => [{ address: '127.0.0.1', family: 4 }] })
    expect(document.text).toBe('SECRET internal data')
  })

  it('a public-looking name that resolves to a private address when connecting (DNS rebinding)', async () => {
    // The check runs inside the lookup Node uses to open the socket, so the address
    // judged is the address connected to, however the name resolved a moment before.
    const rebound = await expectAppError(importUrl(`http://news.example:${port}/secret`, { allowPrivateHosts: ['127.0.0.1'], resolveHost: async () => [{ address: '127.0.0.1', family: 4 }] }), 'INVALID_INPUT')
    expect(rebound.message).toBe('The address is private (news.example is 127.0.0.1): Claimtrack only fetches public web pages')
    const mixed = await expectAppError(importUrl(`http://mixed.example:${port}/secret`, { resolveHost: async () => [{ address: '93.184.216.34', family: 4 }, { address: '::1', family: 6 }] }), 'INVALID_INPUT')
    expect(mixed.message).toBe('The address is private (mixed.example is ::1): Claimtrack only fetches public web pages')
    expect(hits).toEqual([])
  })

  it('an allowlisted name still connects, through the same lookup', async () => {
    const document = await importUrl(`http://news.example:${port}/plain`, { allowPrivateHosts: ['news.example'], resolveHost: async () => [{ address: '127.0.0.1', family: 4 }] })
    expect(document.text).toBe('Title line\nGDP grew 3% in 2024.')
  })
})

describe('importUrl refuses what it cannot import', () => {
  it.each([
    ['not a url', 'This is not a valid web address'],
    ['ftp://example.com/file.txt', 'Only http and https pages can be imported, not ftp: addresses'],
    ['file:///etc/passwd', 'Only http and https pages can be imported, not file: addresses'],
    ['javascript:alert(1)', 'Only http and https pages can be imported, not javascript: addresses'],
    ['http://user:pass@example.com/', 'Addresses with a user name or password cannot be imported'],
  ])('%s', async (url, message) => {
    const error = await expectAppError(importUrl(url), 'INVALID_INPUT')
    expect(error.message).toBe(message)
  })

  it('a page that does not answer in time, headers or body', async () => {
    const started = Date.now()
    const error = await expectAppError(fetchLocal('/slow', { timeoutMs: 300 }), 'UNAVAILABLE')
    expect(error.message).toBe('The page did not answer within 0.3 s')
    const body = await expectAppError(fetchLocal('/slow-body', { timeoutMs: 300 }), 'UNAVAILABLE')
    expect(body.message).toBe('The page did not answer within 0.3 s')
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('says "10 s" with the default timeout', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000)
    expect(timeoutError(DEFAULT_TIMEOUT_MS).message).toBe('The page did not answer within 10 s')
  })

  it.each([
    ['/image', 'The page is image/png, not a web page or text: Claimtrack imports HTML, plain text, Markdown, .docx and PDF'],
    ['/pdf', 'This PDF is damaged or incomplete and cannot be read'],
    ['/binary-as-text', 'This page is binary, not text (it looks like a PNG image)'],
    ['/empty', 'The page is empty'],
    ['/scripts-only', 'The page contains no text to check'],
    ['/missing', 'The page answered 404 Not Found'],
    ['/redirect-to-file', 'The page redirected to a file: address: only http and https pages can be imported'],
    ['/redirect-no-location', 'The page answered 302 without a valid address to go to'],
    ['/loop', 'The page redirected more than 5 times'],
  ])('%s', async (path, message) => {
    const error = await expectAppError(fetchLocal(path), 'INVALID_INPUT')
    expect(error.message).toBe(message)
  })

  it('a server error, as a temporary problem', async () => {
    const error = await expectAppError(fetchLocal('/down'), 'UNAVAILABLE')
    expect(error.message).toBe('The page answered 503 Service Unavailable')
  })

  it('a body larger than the cap, streamed or declared, and a gzip bomb', async () => {
    const streamed = await expectAppError(fetchLocal('/big', { maxBytes: 16 * 1024 }), 'PAYLOAD_TOO_LARGE')
    expect(streamed.message).toBe('The page is larger than 16 KB')
    const declared = await expectAppError(fetchLocal('/big-declared', { maxBytes: 1024 }), 'PAYLOAD_TOO_LARGE')
    expect(declared.message).toBe('The page is larger than 1 KB')
    const bomb = await expectAppError(fetchLocal('/gzip-bomb'), 'PAYLOAD_TOO_LARGE')
    expect(bomb.message).toBe('The page is larger than 5 MB')
  })

  it('a host that does not exist', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
    const error = await expectAppError(importUrl('http://claimtrack-no-such-host.invalid/', { resolveHost: () => Promise.reject(notFound) }), 'INVALID_INPUT')
    expect(error.message).toBe('The host claimtrack-no-such-host.invalid could not be found')
  })
})
