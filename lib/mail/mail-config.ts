import path from 'node:path'
import { publicBaseUrl } from '@/lib/http/public-url'

// Where mail goes. With SMTP_URL (e.g. smtps://user:pass@smtp.example.org:465) it is
// sent through that server; without it, each mail is written to .data/mail/ as an .eml
// file and its link printed in the log, so the two-command start needs no mail server.
export interface MailConfig {
  mode: 'smtp' | 'files'
  smtpUrl: string | undefined
  from: string
  directory: string
}

export function readMailConfig(): MailConfig {
  const smtpUrl = process.env.SMTP_URL?.trim() || undefined
  return {
    mode: smtpUrl ? 'smtp' : 'files',
    smtpUrl,
    from: process.env.MAIL_FROM?.trim() || 'Claimtrack <no-reply@claimtrack.local>',
    // read on each call (not lib/env's constant), so a test can point it elsewhere
    directory: path.resolve(process.env.CLAIMTRACK_DATA_DIR ?? '.data', 'mail'),
  }
}

// The origin that links in mail point to. Never the request's Host header, which
// whoever sends the request controls.
export function appOrigin(): string {
  return new URL(publicBaseUrl()).origin
}
