// The e2e servers run without SMTP_URL, so every mail is an .eml file in their data
// folder (CLAIMTRACK_DATA_DIR, set in playwright.config.ts). Tests read links from
// there as a person would from their inbox. (Delivery over real SMTP is covered by
// tests/integration/mail-delivery.test.ts.)
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { simpleParser } from 'mailparser'

export const E2E_DATA_DIR = fileURLToPath(new URL('../../test-results/e2e-data', import.meta.url))
const MAIL_DIR = path.join(E2E_DATA_DIR, 'mail')

interface Mail {
  file: string
  to: string
  subject: string
  text: string
}

const parsed = new Map<string, Mail>()

async function readInbox(): Promise<Mail[]> {
  const files = (await readdir(MAIL_DIR).catch(() => [] as string[])).filter((file) => file.endsWith('.eml')).sort()
  for (const file of files) {
    if (parsed.has(file)) continue
    const mail = await simpleParser(await readFile(path.join(MAIL_DIR, file)))
    const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(',') : (mail.to?.text ?? '')
    parsed.set(file, { file, to: to.toLowerCase(), subject: mail.subject ?? '', text: mail.text ?? '' })
  }
  return files.map((file) => parsed.get(file)!)
}

// The newest link containing `pathPart` mailed to `to`, waiting for the mail to arrive
// (the job queue sends it just after the request that asked for it).
export async function mailedLink(to: string, pathPart: string, { after = 0, timeoutMs = 15_000 } = {}): Promise<string> {
  const started = Date.now()
  const escaped = pathPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  for (;;) {
    const mails = (await readInbox()).filter((mail) => mail.to.includes(to.toLowerCase()))
    const links = mails.slice(after).flatMap((mail) => mail.text.match(new RegExp(`https?://\\S*${escaped}[A-Za-z0-9_-]{43}`, 'g')) ?? [])
    if (links.length) return links.at(-1)!
    if (Date.now() - started > timeoutMs) throw new Error(`no mail to ${to} with a ${pathPart} link (mails to it: ${mails.map((mail) => mail.subject).join('; ') || 'none'})`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

export async function mailCount(to: string): Promise<number> {
  return (await readInbox()).filter((mail) => mail.to.includes(to.toLowerCase())).length
}

export function tokenOf(link: string): string {
  return link.match(/([A-Za-z0-9_-]{43})$/)![1]!
}

// Waits for a mail to `to` with this subject.
export async function waitForMail(to: string, subject: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now()
  while (!(await readInbox()).some((mail) => mail.to.includes(to.toLowerCase()) && mail.subject === subject)) {
    if (Date.now() - started > timeoutMs) throw new Error(`no mail "${subject}" to ${to}`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}
