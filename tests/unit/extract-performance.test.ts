// Throughput and adversarial inputs: the scanner is linear (no regular expression
// that backtracks, no search that restarts from the start of the text), so even
// pathological megabytes finish in well under a second of CPU. Bounds here are
// loose (a loaded CI machine); `npm run bench:extract` measures precisely.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, extractQuantities } from '@/lib/extract'

const MB = 1_000_000
const SEED = readFileSync(path.join(process.cwd(), 'prisma/seed/china-russia-ai-cooperation.txt'), 'utf8')

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

function seconds(run: () => unknown): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

describe('extraction speed', () => {
  it('reads a 5 MB article of statistics at more than 1 MB/s even on a busy machine', () => {
    const article = repeatTo(`${SEED}\n\n`, 5 * MB)
    extractQuantities(article.slice(0, 100_000)) // warm up the JIT
    let count = 0
    const elapsed = seconds(() => (count = extractQuantities(article).length))
    console.log(`extractQuantities: 5 MB in ${(elapsed * 1000).toFixed(0)} ms, ${(5 / elapsed).toFixed(1)} MB/s, ${count} quantities`)
    expect(count).toBeGreaterThan(15_000)
    expect(5 / elapsed).toBeGreaterThan(1)
  })

  it('scales linearly: four times the text takes far less than sixteen times as long', () => {
    const small = repeatTo(`${SEED}\n`, MB / 2)
    const large = repeatTo(`${SEED}\n`, 2 * MB)
    extract(small)
    const ratio = seconds(() => extract(large)) / seconds(() => extract(small))
    expect(ratio).toBeLessThan(10)
  })

  it.each([
    ['a run of digits', repeatTo('1', MB)],
    ['grouped digits', repeatTo('1,000,', MB)],
    ['space-grouped digits', repeatTo('1 000 ', MB)],
    ['dotted digits', repeatTo('1.2.', MB)],
    ['dashes between numbers', repeatTo('5-', MB)],
    ['number words', repeatTo('one two three hundred and ', MB)],
    ['scale words', repeatTo('$5 million billion ', MB)],
    ['currency symbols', repeatTo('$€£¥', MB)],
    ['one long line of words', repeatTo('over the past twenty years since ', MB)],
    ['abbreviations', repeatTo('U.S. e.g. Dr. No. ', MB)],
    ['newlines and list markers', repeatTo('1.\n- \n', MB)],
  ])('1 MB of %s in under 3 seconds', (_name, text) => {
    expect(seconds(() => extract(text))).toBeLessThan(3)
  })
})
