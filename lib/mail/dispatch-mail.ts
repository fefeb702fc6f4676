import 'server-only'

// Hands mail that was just committed to the job queue, when this process runs one
// (lib/jobs registers itself here as it starts). Without one, or if handing over fails,
// nothing is lost: the queue's sweep picks up every outbox row still pending.
type Dispatcher = (mailIds: string[]) => Promise<void>
const globalForMail = globalThis as unknown as { claimtrackMailDispatcher?: Dispatcher }

export function setMailDispatcher(dispatcher: Dispatcher | undefined): void {
  globalForMail.claimtrackMailDispatcher = dispatcher
}

export async function dispatchMail(mailIds: (string | undefined)[]): Promise<void> {
  const ids = mailIds.filter((id): id is string => Boolean(id))
  const dispatcher = globalForMail.claimtrackMailDispatcher
  if (!dispatcher || !ids.length) return
  await dispatcher(ids).catch((error: unknown) => console.error('[mail] could not hand mail to the job queue; the sweep will send it', error))
}
