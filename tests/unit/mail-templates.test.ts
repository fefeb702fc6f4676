import { describe, expect, it } from 'vitest'
import { renderMail, type MailKind } from '@/lib/mail/mail-templates'

const KINDS: MailKind[] = ['verify-email', 'invitation', 'password-reset', 'email-change', 'account-exists', 'no-account']

describe('mail templates', () => {
  it.each(KINDS)('%s: a subject, the link in text and HTML, the app name, nothing else', (kind) => {
    const link = 'https://claimtrack.example/verify-email?token=abc'
    const mail = renderMail(kind, { link, workspaceName: 'Desk', inviterName: 'Ada', role: 'EDITOR', newEmail: 'new@example.org', validFor: '24 hours' })
    expect(mail.subject).toMatch(/Claimtrack/)
    expect(mail.text).toContain(link)
    expect(mail.html).toContain(`href="${link}"`)
    expect(mail.html).not.toMatch(/<img|<script|style=".*url\(/i)
  })

  it('names the workspace, the inviter and the role in an invitation', () => {
    const mail = renderMail('invitation', { link: 'https://x.example/invitations/t', workspaceName: 'Fact desk', inviterName: 'Ada', role: 'REVIEWER', validFor: '7 days' })
    expect(mail.subject).toBe('Ada invited you to Fact desk on Claimtrack')
    expect(mail.text).toContain('as reviewer')
    expect(mail.text).toContain('The link works for 7 days and only once.')
  })

  it('escapes what users wrote (a workspace name) in the HTML', () => {
    const mail = renderMail('invitation', { link: 'https://x.example/i?a=1&b=2', workspaceName: '<b onclick="x">Desk</b>', inviterName: 'Ada & Bob' })
    expect(mail.html).not.toContain('<b onclick')
    expect(mail.html).toContain('&#60;b onclick=&#34;x&#34;&#62;Desk&#60;/b&#62;')
    expect(mail.html).toContain('href="https://x.example/i?a=1&#38;b=2"')
  })
})
