// Resident memory of a process tree, read from /proc (Linux).
import { readFileSync } from 'node:fs'

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function childrenOf(pid: number): number[] {
  const tasks = read(`/proc/${pid}/task/${pid}/children`)
  return tasks.split(/\s+/).filter(Boolean).map(Number)
}

export interface ProcessMemory {
  pid: number
  command: string
  rssBytes: number
}

export function processTree(rootPid: number): ProcessMemory[] {
  const result: ProcessMemory[] = []
  const queue = [rootPid]
  while (queue.length) {
    const pid = queue.shift()!
    const status = read(`/proc/${pid}/status`)
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    const command = read(`/proc/${pid}/cmdline`).split('\0').filter(Boolean).join(' ')
    if (status) result.push({ pid, command, rssBytes: rssKb * 1024 })
    queue.push(...childrenOf(pid))
  }
  return result
}
