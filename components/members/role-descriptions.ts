import type { Role } from '@/lib/db/generated/enums'

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: 'Everything, including members and settings',
  EDITOR: 'Adds and edits documents and claims, sets final verdicts',
  REVIEWER: 'Rates claims, comments, adds sources and evidence',
  VIEWER: 'Reads documents, claims and reports',
}
