// Reads pass/fail counts from the JSON reports of vitest and Playwright. A runner
// that failed without a readable report counts as one failure, never as zero.
import { existsSync, readFileSync } from 'node:fs'

export interface Counts {
  passed: number
  failed: number
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

export function countVitest(file: string, isSuccess: boolean): Counts {
  const report = readJson(file) as { numPassedTests?: number; numFailedTests?: number; numTotalTests?: number } | undefined
  if (report?.numPassedTests === undefined) return { passed: 0, failed: 1 }
  const failed = (report.numFailedTests ?? 0) + (!isSuccess && !report.numFailedTests ? 1 : 0)
  return { passed: report.numPassedTests, failed }
}

export function countPlaywright(file: string, isSuccess: boolean): Counts {
  const report = readJson(file) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined
  if (!report?.stats) return { passed: 0, failed: 1 }
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats
  // A test that passed only on retry is reported, but not counted as a pass.
  const failed = unexpected + flaky + (!isSuccess && !unexpected ? 1 : 0)
  return { passed: expected, failed }
}
