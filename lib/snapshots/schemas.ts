import { z } from 'zod'
import { ZId } from '@/lib/validation'

export const ZSourceSnapshots = z.object({ workspaceId: ZId, sourceId: ZId })

export const ZSnapshotRef = ZSourceSnapshots.extend({
  number: z.coerce.number({ error: 'must be a snapshot number' }).int('must be a whole number').positive('must be 1 or more'),
})

export const ZSnapshotDiff = ZSourceSnapshots.extend({
  from: ZSnapshotRef.shape.number,
  to: ZSnapshotRef.shape.number,
})

export const ZSnapshotUpload = ZSourceSnapshots.extend({
  filename: z.string({ error: 'is required' }).trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  contentType: z.string().max(200).optional(),
})
