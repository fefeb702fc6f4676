// Memory of one recognizer over one input, measured in a fresh Node process: peaks are
// high-water marks, so recognizers measured one after another in the same process
// would inherit each other's. The parent calls measureMemory(); the child is this file.
//   node --expose-gc --import tsx bench/extract-memory.ts <recognizer> <file> paragraphs|whole
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { recognizerNamed } from './extract-recognizers'

export type MemoryMode = 'paragraphs' | 'whole' // one call per paragraph, or one call on the whole text

export interface MemoryReport {
  ms: number
  bytes: number
  heapPeak: number // bytes above the baseline: sampled after every paragraph; in whole mode, right after the call
  heapRetained: number // bytes still held after a full GC, the results kept alive
  rssPeak: number // bytes of peak resident memory above the baseline resident memory
  isRssPeakBelowStartup: boolean // the run never passed the start-up high-water mark: rssPeak is an upper bound
}

const SELF = fileURLToPath(import.meta.url)
const WARM_UP_BYTES = 100_000

export function measureMemory(name: string, file: string, mode: MemoryMode): MemoryReport {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, name, file, mode], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (child.status !== 0) throw new Error(`memory probe for ${name} failed:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as MemoryReport
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc')
  gc()
  gc()
}

// Linux can reset a process's resident high-water mark (VmHWM) so that it measures this
// run rather than start-up (module loading and compiling); elsewhere, the getrusage
// peak is all there is, and it may be start-up's.
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

function peakRss(isReset: boolean): number {
  if (!isReset) return process.resourceUsage().maxRSS * 1024
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
  return Number(kilobytes) * 1024
}

function probe(name: string, file: string, mode: MemoryMode): MemoryReport {
  const { extract } = recognizerNamed(name)
  const text = readFileSync(file, 'utf8')
  const paragraphs = text.split('\n\n')
  const inputs = mode === 'whole' ? [text] : paragraphs
  // Load models, and in whole mode let the JIT see some text first: a single cold
  // call on 1 MB would otherwise time the interpreter.
  extract('Warm-up: $8 billion, up 4.5% — the first of 3 models is loaded.')
  if (mode === 'whole') {
    let warmed = 0
    for (const paragraph of paragraphs) {
      if (warmed > WARM_UP_BYTES) break
      extract(paragraph)
      warmed += paragraph.length
    }
  }
  collectGarbage()
  const isReset = resetPeakRss()
  const baseline = process.memoryUsage()
  const peakBefore = peakRss(isReset)
  const results: unknown[] = []
  let heapPeak = baseline.heapUsed
  const started = performance.now()
  for (const input of inputs) {
    results.push(extract(input))
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
  }
  const ms = performance.now() - started
  const peakAfter = peakRss(isReset)
  collectGarbage()
  const retained = process.memoryUsage().heapUsed
  if (results.length !== inputs.length) throw new Error('results lost')
  return {
    ms,
    bytes: Buffer.byteLength(text),
    heapPeak: heapPeak - baseline.heapUsed,
    heapRetained: retained - baseline.heapUsed,
    rssPeak: Math.max(0, peakAfter - baseline.rss),
    isRssPeakBelowStartup: peakAfter === peakBefore && !isReset,
  }
}

if (process.argv[1] === SELF) {
  const [name, file, mode] = process.argv.slice(2)
  if (!name || !file || (mode !== 'paragraphs' && mode !== 'whole')) throw new Error('usage: extract-memory.ts <recognizer> <file> paragraphs|whole')
  console.log(JSON.stringify(probe(name, file, mode)))
}
