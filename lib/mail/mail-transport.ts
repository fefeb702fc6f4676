import 'server-only'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { MailContent } from './mail-templates'
import { readMailConfig } from './mail-config'

export interface OutgoingMail extends MailContent {
  id: string
  to: string
  // printed in the log when mail goes to files, so the embedded default is usable
  link: string
}

export interface MailTransport {
  // May return what finishes the delivery once the sending transaction has committed:
  // a mail in a file is put in place only then, so no one follows its link before the
  // link's token exists.
  send(mail: OutgoingMail): Promise<void | (() => Promise<void>)>
}

// SMTP when SMTP_URL is set, otherwise .eml files in the data folder.
export function createMailTransport(): MailTransport {
  const config = readMailConfig()
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl)
    return {
      async send(mail) {
        await smtp.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<${mail.id}@claimtrack>` })
      },
    }
  }
  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    async send(mail) {
      const { message } = await writer.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<${mail.id}@claimtrack>` })
      await mkdir(config.directory, { recursive: true })
      const file = path.join(config.directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`)
      // Written whole, then renamed into place after the commit: whoever reads the
      // folder never sees half a mail, nor a link that does not work yet.
      await writeFile(`${file}.partial`, message as Buffer, { mode: 0o600 })
      return async () => {
        await rename(`${file}.partial`, file)
        console.log(`[mail] no SMTP_URL: "${mail.subject}" to ${mail.to} written to ${path.relative(process.cwd(), file)}\n[mail] its link: ${mail.link}`)
      }
    },
  }
}
