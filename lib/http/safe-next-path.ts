// Only same-site paths may follow sign-in, so a crafted link cannot bounce a user
// to another site ("//evil.example" and "/\evil.example" are other sites).
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  return next
}
