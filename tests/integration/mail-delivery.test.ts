// Mail end to end: a real SMTP server on loopback, the real job queue (pg-boss) on this
// file's schema, and the .eml files of the embedded default.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { deliverMail } from '@/lib/jobs/deliver-mail'
import { startJobQueue, stopJobQueue } from '@/lib/jobs/job-queue'
import { jobSchemaFor } from '@/lib/jobs/job-schema'
import { findMailStatus } from '@/lib/mail/find-mail-status'
import { inviteMember } from '@/lib/members/invite-member'
import { confirmEmailAddress } from '@/lib/users/confirm-email-address'
import { signUp } from '@/lib/users/sign-up'
import { dropSchema } from './setup/test-schemas'
import { TEST_PASSWORD, createUser, uniqueEmail } from '../support/users'

interface Received {
  to: string
  subject: string
  text: string
  html: string
}
const inbox: Received[] = []
let smtp: SMTPServer
let smtpPort: number

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpPort = (smtp.server.address() as AddressInfo).port
})

afterAll(async () => {
  await stopJobQueue()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  await dropSchema(process.env.TEST_DATABASE_BASE_URL!, jobSchemaFor(process.env.DATABASE_URL!))
  delete process.env.SMTP_URL
})

async function until<T>(read: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('mail through SMTP and the job queue', () => {
  it('delivers the verification mail of a sign-up, whose link confirms the address', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
    await startJobQueue()
    const email = uniqueEmail('smtp')
    await signUp({ email, password: TEST_PASSWORD })
    const mail = await until(() => inbox.find((received) => received.to === email))
    expect(mail.subject).toBe('Confirm your email address for Claimtrack')
    expect(mail.html).toContain('Confirm my address')
    const token = mail.text.match(/verify-email\?token=([A-Za-z0-9_-]{43})/)![1]!
    await confirmEmailAddress({ token, actor: null })
    expect((await getDb().user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date)
    expect((await getDb().mailMessage.findFirstOrThrow({ where: { to: email } })).status).toBe('SENT')
    // The cases below drive deliverMail themselves, without a worker racing them.
    await stopJobQueue()
  })

  it('keeps mail pending while SMTP is down, shows it to the owner, and sends it once SMTP is back', async () => {
    const owner = await createUser('owner')
    process.env.SMTP_URL = 'smtp://127.0.0.1:1' // nothing listens there
    const email = uniqueEmail('later')
    // The action that needs the mail succeeds all the same.
    await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'VIEWER' })
    const { id } = await getDb().mailMessage.findFirstOrThrow({ where: { to: email } })
    await expect(deliverMail(id)).rejects.toThrow()
    const status = await findMailStatus({ actor: owner, workspaceId: owner.workspaceId })
    expect(status.mode).toBe('smtp')
    expect(status.unsent).toEqual([expect.objectContaining({ to: email, status: 'PENDING', attempts: expect.any(Number), lastError: expect.stringMatching(/ECONNREFUSED|connect/) })])
    // No link was minted by the failed attempt.
    expect((await getDb().invitation.findFirstOrThrow({ where: { email } })).tokenHash).toBeNull()
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
    await expect(deliverMail(id)).resolves.toBe('sent')
    expect((await until(() => inbox.find((received) => received.to === email))).subject).toContain('invited you')
    expect((await findMailStatus({ actor: owner, workspaceId: owner.workspaceId })).unsent).toEqual([])
  })

  it('marks a mail FAILED when the last retry fails, and never sends one twice', async () => {
    const owner = await createUser('owner')
    process.env.SMTP_URL = 'smtp://127.0.0.1:1'
    const email = uniqueEmail('never')
    await inviteMember({ actor: owner, workspaceId: owner.workspaceId, email, role: 'VIEWER' })
    const { id } = await getDb().mailMessage.findFirstOrThrow({ where: { to: email } })
    await expect(deliverMail(id, { isLastAttempt: true })).rejects.toThrow()
    expect((await findMailStatus({ actor: owner, workspaceId: owner.workspaceId })).unsent).toEqual([expect.objectContaining({ to: email, status: 'FAILED' })])
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
    await expect(deliverMail(id)).resolves.toBe('already-done')
  })
})

describe('mail without SMTP', () => {
  it('writes an .eml file to the data folder and prints the link', async () => {
    delete process.env.SMTP_URL
    const dataDir = await mkdtemp(path.join(tmpdir(), 'claimtrack-mail-'))
    const previous = process.env.CLAIMTRACK_DATA_DIR
    process.env.CLAIMTRACK_DATA_DIR = dataDir
    const logged: string[] = []
    const log = console.log
    console.log = (...parts: unknown[]) => void logged.push(parts.join(' '))
    try {
      const email = uniqueEmail('files')
      await signUp({ email, password: TEST_PASSWORD })
      const { id } = await getDb().mailMessage.findFirstOrThrow({ where: { to: email } })
      await expect(deliverMail(id)).resolves.toBe('sent')
      const files = await readdir(path.join(dataDir, 'mail'))
      const eml = await readFile(path.join(dataDir, 'mail', files.find((file) => file.includes(id))!), 'utf8')
      expect(eml).toContain(`To: ${email}`)
      expect(eml).toContain('Subject: Confirm your email address for Claimtrack')
      expect(logged.join('\n')).toMatch(/\[mail\] its link: http:\/\/localhost:\d+\/verify-email\?token=/)
    } finally {
      console.log = log
      process.env.CLAIMTRACK_DATA_DIR = previous
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
