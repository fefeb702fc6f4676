import { describe, expect, it } from 'vitest'
import { can, ROLES, type Permission } from '@/lib/auth/roles'

const EXPECTED: Record<Permission, string[]> = {
  'workspace.read': ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER'],
  'workspace.manageMembers': ['OWNER'],
  'document.create': ['OWNER', 'EDITOR'],
  'document.edit': ['OWNER', 'EDITOR'],
  'claim.edit': ['OWNER', 'EDITOR'],
  'claim.review': ['OWNER', 'EDITOR', 'REVIEWER'],
  'report.publish': ['OWNER', 'EDITOR'],
}

describe('permission table', () => {
  for (const [permission, allowed] of Object.entries(EXPECTED)) {
    it(`grants ${permission} to ${allowed.join(', ')} only`, () => {
      const granted = ROLES.filter((role) => can(role, permission as Permission))
      expect(granted).toEqual(allowed)
    })
  }

  it('denies what it does not recognise', () => {
    expect(can(undefined, 'workspace.read')).toBe(false)
    expect(can('OWNER', 'workspace.delete' as Permission)).toBe(false)
    expect(can('ADMIN' as never, 'workspace.read')).toBe(false)
  })
})
