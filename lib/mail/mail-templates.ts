// What each mail says: plain text and HTML with the app's name and the link, nothing
// else (no tracking, no images). Pure, so every template is tested as written.

export type MailKind = 'verify-email' | 'invitation' | 'password-reset' | 'email-change' | 'account-exists' | 'no-account'

export interface MailContent {
  subject: string
  text: string
  html: string
}

export interface TemplateInput {
  link: string
  // invitation
  workspaceName?: string
  inviterName?: string
  role?: string
  // email-change
  newEmail?: string
  // how long the link works, in words
  validFor?: string
}

const APP = 'Claimtrack'

interface Wording {
  subject: string
  lines: string[]
  action: string
  footer: string
}

function wording(kind: MailKind, input: TemplateInput): Wording {
  const validFor = input.validFor ? `The link works for ${input.validFor} and only once.` : 'The link works only once.'
  switch (kind) {
    case 'verify-email':
      return { subject: `Confirm your email address for ${APP}`, lines: [`Confirm that this is your address to finish setting up your ${APP} account.`, validFor], action: 'Confirm my address', footer: 'If you did not create an account, ignore this mail: nothing happens without the link.' }
    case 'invitation':
      return {
        subject: `${input.inviterName ?? 'A colleague'} invited you to ${input.workspaceName ?? 'a workspace'} on ${APP}`,
        lines: [`${input.inviterName ?? 'A colleague'} invited you to join the workspace "${input.workspaceName ?? ''}" as ${input.role?.toLowerCase() ?? 'a member'}.`, 'Open the link, sign in or create an account with this address, and accept.', validFor],
        action: 'Open the invitation',
        footer: 'If you did not expect this invitation, ignore this mail.',
      }
    case 'password-reset':
      return { subject: `Reset your ${APP} password`, lines: ['Someone asked to reset the password of the account with this address. Choose a new password with the link below.', validFor], action: 'Choose a new password', footer: 'If you did not ask for this, ignore this mail: your password stays as it is.' }
    case 'email-change':
      return { subject: `Confirm your new email address for ${APP}`, lines: [`Confirm that ${input.newEmail ?? 'this address'} should become the address of your ${APP} account.`, validFor], action: 'Confirm the new address', footer: 'If you did not ask for this, ignore this mail: the account keeps its address.' }
    case 'account-exists':
      return { subject: `You already have a ${APP} account`, lines: [`Someone tried to create a ${APP} account with this address, which already has one. Sign in, or reset your password if you forgot it.`], action: 'Sign in', footer: 'If it was not you, ignore this mail: nothing changed.' }
    case 'no-account':
      return { subject: `Password reset for ${APP}`, lines: [`Someone asked to reset the password of a ${APP} account with this address, but there is no account with it. You can create one.`], action: 'Create an account', footer: 'If it was not you, ignore this mail.' }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

export function renderMail(kind: MailKind, input: TemplateInput): MailContent {
  const { subject, lines, action, footer } = wording(kind, input)
  const text = [...lines, '', `${action}: ${input.link}`, '', footer, '', `— ${APP}`].join('\n')
  const paragraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1c1917; line-height: 1.5">
<p style="font-weight: 600">${APP}</p>
${paragraphs}
<p><a href="${escapeHtml(input.link)}">${escapeHtml(action)}</a></p>
<p style="color: #57534e; font-size: 0.875rem">${escapeHtml(footer)}</p>
</body></html>
`
  return { subject, text, html }
}
