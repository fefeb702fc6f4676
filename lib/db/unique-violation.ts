// A write that a unique index refused (Prisma's P2002): usually a concurrent request
// that did the same thing first. Services turn it into the answer their own check gives.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
}
