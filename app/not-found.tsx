import { connection } from 'next/server'
import { NotFoundMessage } from '@/components/ui/not-found-message'

// Rendered on request, not at build time: every page but the document page carries a
// per-response CSP nonce (proxy.ts), and a prerendered 404 would have none on its scripts.
export default async function NotFound() {
  await connection()
  return <NotFoundMessage />
}
