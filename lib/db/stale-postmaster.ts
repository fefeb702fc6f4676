// Deals with a postmaster.pid left behind in the data directory.
//
// Postgres writes <dataDir>/postmaster.pid while it runs and refuses to start if
// the PID in it is alive. After a crash that file can mean three things:
//  - the PID is gone: Postgres itself removes the stale file, nothing to do;
//  - the PID was reused by an unrelated process (common after a container or
//    machine restart, where PIDs restart from 1): Postgres would refuse to start
//    forever, so we delete the file;
//  - it really is a Postgres on this directory: either an orphan whose Node parent
//    was killed (its parent is now init), which we shut down, or one still owned by
//    a running process (another `npm start`), which we must not touch.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

interface Postmaster {
  pid: number
  port: string | undefined
}

export async function clearStalePostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const postmaster = await readPostmaster(dataDir)
  if (!postmaster || !isAlive(postmaster.pid)) return
  // Killed but not yet reaped: dead, though Postgres's own check would think otherwise.
  if (await isZombie(postmaster.pid)) return rm(pidFile, { force: true })

  const cmdline = await readProc(postmaster.pid, 'cmdline')
  // Without /proc (macOS) we cannot tell; leave the decision to Postgres.
  if (cmdline === undefined) return
  if (!(cmdline.includes('postgres') && cmdline.includes(dataDir))) {
    log(`[db] Removing a stale postmaster.pid (PID ${postmaster.pid} now belongs to another program).`)
    await rm(pidFile, { force: true })
    return
  }

  const parentPid = await readParentPid(postmaster.pid)
  if (parentPid !== undefined && parentPid !== 1 && isAlive(parentPid)) {
    throw new Error(
      `Postgres is already running on ${dataDir} (PID ${postmaster.pid}, port ${postmaster.port ?? '?'}), ` +
        `started by process ${parentPid}. Is another Claimtrack running? Stop it first.`,
    )
  }
  log(`[db] Stopping a Postgres left running by an earlier run (PID ${postmaster.pid}).`)
  await stopProcess(postmaster.pid)
}

// Whether a Postgres is running on dataDir right now (it may have crashed since we
// started it: stopping it then has nothing to wait for).
export async function isPostmasterRunning(dataDir: string): Promise<boolean> {
  const postmaster = await readPostmaster(dataDir)
  return postmaster !== undefined && isAlive(postmaster.pid) && !(await isZombie(postmaster.pid))
}

// The port of the Postgres running on dataDir now (another `npm start`'s), if any.
export async function runningPostmasterPort(dataDir: string): Promise<number | undefined> {
  const postmaster = await readPostmaster(dataDir)
  if (!postmaster || !(await isPostmasterRunning(dataDir))) return undefined
  const port = Number.parseInt(postmaster.port ?? '', 10)
  return Number.isInteger(port) && port > 0 ? port : undefined
}

async function readPostmaster(dataDir: string): Promise<Postmaster | undefined> {
  const text = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined)
  if (!text) return undefined
  // Line 1: PID; line 4: port (see Postgres's miscadmin.h, LOCK_FILE_LINE_*).
  const lines = text.split('\n')
  const pid = Number.parseInt(lines[0] ?? '', 10)
  return Number.isInteger(pid) && pid > 0 ? { pid, port: lines[3]?.trim() } : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readProc(pid: number, file: 'cmdline' | 'stat'): Promise<string | undefined> {
  const text = await readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => undefined)
  return text?.replaceAll('\0', ' ')
}

async function readParentPid(pid: number): Promise<number | undefined> {
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so
  // parse from the last ")".
  const stat = await readProc(pid, 'stat')
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ppid = Number.parseInt(fields?.[1] ?? '', 10)
  return Number.isInteger(ppid) ? ppid : undefined
}

// SIGINT is Postgres's "fast shutdown": clean, without waiting for clients.
async function stopProcess(pid: number, timeoutMs = 15_000): Promise<void> {
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + timeoutMs
  // An exited orphan stays a zombie until init reaps it (seconds, on some
  // machines); it has already let go of the data directory by then.
  while (isAlive(pid) && !(await isZombie(pid))) {
    if (Date.now() > deadline) throw new Error(`Postgres (PID ${pid}) did not stop within ${timeoutMs / 1000} s.`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function isZombie(pid: number): Promise<boolean> {
  const stat = await readProc(pid, 'stat')
  return stat?.slice(stat.lastIndexOf(')') + 2).startsWith('Z') ?? false
}
