// Apart from the schema so the client editor can use it without bundling zod.
const MAX_HREF_LENGTH = 2048
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

// Parsed the way a browser parses an href (leading spaces and controls dropped, tabs
// and newlines removed, scheme lowercased), so " JavaScript:" is judged as what it
// would run as. Relative URLs are refused: a stored link must mean the same anywhere.
export function isAllowedLinkHref(href: string): boolean {
  if (href.length > MAX_HREF_LENGTH || !URL.canParse(href)) return false
  return LINK_PROTOCOLS.has(new URL(href).protocol)
}
