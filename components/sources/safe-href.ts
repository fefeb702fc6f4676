// A link target shown to readers: only web addresses. The API refuses anything else
// already; this keeps a javascript: URL from ever reaching an href should one slip in.
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined
}

// Attributes of every link to a source: a new tab that gets no handle on this page,
// no referrer leaked, and no endorsement for search engines.
export const EXTERNAL_LINK = { target: '_blank', rel: 'noopener noreferrer nofollow' } as const
