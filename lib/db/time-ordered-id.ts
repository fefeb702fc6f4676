import { randomBytes } from 'node:crypto'

// An id made before the row is written (a batch transaction cannot read back the one
// Prisma makes), in the shape of Prisma's cuid: "c", the time in base 36, then random
// characters. Lists that break ties by id, and exports that page by id, keep such rows
// in the order they were created, beside rows whose id Prisma made.
export function timeOrderedId(): string {
  const random = [...randomBytes(16)].map((byte) => (byte % 36).toString(36)).join('')
  return `c${Date.now().toString(36).padStart(8, '0')}${random}`
}
