'use client'
import { useEffect, useState } from 'react'
import { apiRequest } from '@/lib/http/api-client'
import type { ClaimReview } from '@/lib/reviews/find-claim-review'

// Loads a claim's review and reloads it on demand or when the claim's version moves
// on elsewhere (or the page learns of other changes: refreshKey). State remembers the claim it belongs to: switching claims shows nothing
// stale, and a late answer about the previous claim is ignored.
export function useClaimReview(url: string, claimVersion: number, refreshKey?: string) {
  const [loaded, setLoaded] = useState<{ url: string; review: ClaimReview | null; error: string | null } | null>(null)
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    let isCurrent = true
    apiRequest<{ review: ClaimReview }>('GET', url).then(
      ({ review }) => isCurrent && setLoaded({ url, review, error: null }),
      (caught: unknown) => {
        const error = caught instanceof Error ? caught.message : 'Could not load the review.'
        // Keep what was shown: a failed refresh should not blank the section.
        if (isCurrent) setLoaded((previous) => ({ url, review: previous?.url === url ? previous.review : null, error }))
      },
    )
    return () => {
      isCurrent = false
    }
  }, [url, claimVersion, reloads, refreshKey])

  return {
    review: loaded?.url === url ? loaded.review : null,
    error: loaded?.url === url ? loaded.error : null,
    reload: () => setReloads((count) => count + 1),
  }
}
