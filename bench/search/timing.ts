// Latency of one caller at a time (what a user waits for, not throughput): warm-up
// runs first (plans cached, pages in memory), then up to `runs` timed runs, or fewer
// when a slow peer would pass the time budget.
export interface Timing {
  p50: number
  p95: number
  runs: number
}

export interface TimingOptions {
  runs?: number
  warmup?: number
  budgetMs?: number
}

export function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length }
}

export async function timeRuns(run: () => unknown, { runs = 200, warmup = 3, budgetMs = 20_000 }: TimingOptions = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run()
  const samples: number[] = []
  const deadline = performance.now() + budgetMs
  while (samples.length < runs && (samples.length < 5 || performance.now() < deadline)) {
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return percentiles(samples)
}
