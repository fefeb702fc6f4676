// Which import runs first. One large report takes seconds to minutes of a worker, and on a
// small machine there is one worker per instance: a reporter's short article should not
// wait behind ten of them (bench:imports measured a median wait of 61 s). So a short text
// goes ahead of long ones; among equals, the oldest first. A URL's size is unknown until
// it is fetched, so it waits its turn with the long ones.
export const SHORT_IMPORT_BYTES = 256 * 1024

export const PRIORITY = { normal: 0, short: 1 } as const

export function importPriority(inputBytes: number | null): number {
  return inputBytes !== null && inputBytes < SHORT_IMPORT_BYTES ? PRIORITY.short : PRIORITY.normal
}
