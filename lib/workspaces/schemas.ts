import { z } from 'zod'

export const ZWorkspaceName = z.string({ error: 'is required' }).trim().min(1, 'is required').max(100, 'must be at most 100 characters')
export const ZCreateWorkspace = z.object({ name: ZWorkspaceName })
