// The largest source Claimtrack archives (SNAPSHOT_MAX_MB, default 25): statistical
// releases and annual reports as PDF run to tens of megabytes, far past the 5 MB an
// article may be. The text read from them keeps the article limit.
export function maxSnapshotBytes(): number {
  const configured = Number(process.env.SNAPSHOT_MAX_MB)
  const megabytes = Number.isFinite(configured) && configured > 0 ? configured : 25
  return Math.round(megabytes * 1024 * 1024)
}
