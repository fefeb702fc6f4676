import { z } from 'zod'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password'
import { ZEmail } from '@/lib/validation'

export const ZSignUp = z.object({
  email: ZEmail,
  password: z
    .string({ error: 'is required' })
    .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
  name: z.string().trim().max(100, 'is too long').optional().transform((name) => name || undefined),
})
export type TSignUp = z.infer<typeof ZSignUp>

export const ZCredentials = z.object({
  email: ZEmail,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
})

const ZNewPassword = z
  .string({ error: 'is required' })
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)

export const ZRequestPasswordReset = z.object({ email: ZEmail })
export const ZResetPassword = z.object({ token: z.string({ error: 'is required' }).max(200), password: ZNewPassword })
export const ZChangePassword = z.object({ currentPassword: z.string({ error: 'is required' }).max(PASSWORD_MAX_LENGTH), newPassword: ZNewPassword })
export const ZRequestEmailChange = z.object({ email: ZEmail, currentPassword: z.string().max(PASSWORD_MAX_LENGTH).optional() })
export const ZLinkToken = z.object({ token: z.string({ error: 'is required' }).max(200) })
