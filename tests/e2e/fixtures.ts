// Every test makes its own users (unique emails), so tests run in parallel against one
// database and never depend on what another test left behind.
import { randomUUID } from 'node:crypto'
import { test as base, expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { mailCount, mailedLink, tokenOf } from './mailbox'

export { expect }

// The page's own alerts. Next's route announcer is also role="alert" (empty, outside <main>).
// Selects `words` in the document text as a user dragging the mouse would (or puts the
// caret before them), then lets the page see the selection.
export async function selectInText(page: Page, words: string, { caretOnly = false } = {}): Promise<void> {
  await page.getByTestId('document-text').evaluate(
    (container, { words, caretOnly }) => {
      // The words may cross highlights, so they are looked for in the text nodes joined.
      const nodes: Text[] = []
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const joined = nodes.map((node) => node.data).join('')
      const at = joined.indexOf(words)
      if (at === -1) throw new Error(`"${words}" is not in the text`)
      // a start at a node's end belongs to the next node, an end to this one
      const locate = (offset: number, isEnd: boolean): [Text, number] => {
        for (const node of nodes) {
          if (offset < node.data.length || (isEnd && offset === node.data.length)) return [node, offset]
          offset -= node.data.length
        }
        throw new Error('offset past the text')
      }
      const range = document.createRange()
      range.setStart(...locate(at, false))
      range.setEnd(...locate(caretOnly ? at : at + words.length, !caretOnly))
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    },
    { words, caretOnly },
  )
}

export function appAlert(page: Page): Locator {
  return page.getByRole('main').getByRole('alert')
}

export type Role = 'OWNER' | 'EDITOR' | 'REVIEWER' | 'VIEWER'

export interface Credentials {
  email: string
  password: string
  name: string
}

export interface TestUser extends Credentials {
  id: string
  // The personal workspace every account gets at sign-up.
  workspaceId: string
  workspaceName: string
}

// A user signed in inside their own browser context.
export interface Session {
  user: TestUser
  page: Page
  context: BrowserContext
}

export function newCredentials(label = 'user'): Credentials {
  const id = randomUUID().slice(0, 8)
  return { email: `${label}-${id}@example.com`, password: `pw-${randomUUID()}`, name: `${label[0]!.toUpperCase()}${label.slice(1)} ${id}` }
}

// Sign-up answers 202 "check your inbox" whether or not the address was new.
export async function signUpByApi(request: APIRequestContext, credentials: Credentials): Promise<void> {
  const response = await request.post('/api/auth/signup', { data: credentials })
  expect(response.status(), await response.text()).toBe(202)
}

// next-auth's credentials flow, as its client does it: a CSRF token (and its cookie),
// then the callback. Done with a page's request context, the session cookie lands in
// that page's browser context.
export async function signInByApi(request: APIRequestContext, credentials: Pick<Credentials, 'email' | 'password'>): Promise<void> {
  const csrf = await request.get('/api/auth/csrf')
  expect(csrf.status()).toBe(200)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: credentials.email, password: credentials.password, json: 'true' },
  })
  expect(response.status(), await response.text()).toBe(200)
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { email?: string } }
  expect(session.user?.email, 'next-auth session after sign-in').toBe(credentials.email)
}

async function sessionUserId(request: APIRequestContext): Promise<string> {
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { id?: string } }
  if (!session.user?.id) throw new Error('no user id in the session')
  return session.user.id
}

export async function workspacesByApi(request: APIRequestContext) {
  const response = await request.get('/api/workspaces')
  expect(response.status(), await response.text()).toBe(200)
  const { workspaces } = (await response.json()) as { workspaces: { id: string; name: string; isPersonal: boolean; role: Role }[] }
  return workspaces
}

export async function createUser(request: APIRequestContext, label = 'user'): Promise<TestUser> {
  const credentials = newCredentials(label)
  await signUpByApi(request, credentials)
  await signInByApi(request, credentials)
  const id = await sessionUserId(request)
  const personal = (await workspacesByApi(request)).find((workspace) => workspace.isPersonal)
  if (!personal) throw new Error(`${credentials.email} has no personal workspace after sign-up`)
  return { ...credentials, id, workspaceId: personal.id, workspaceName: personal.name }
}

export async function createWorkspaceByApi(request: APIRequestContext, name: string): Promise<{ id: string; name: string }> {
  const response = await request.post('/api/workspaces', { data: { name } })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { workspace: { id: string; name: string } }).workspace
}

export async function createDocumentByApi(
  request: APIRequestContext,
  workspaceId: string,
  document: { title: string; text: string; author?: string; publisher?: string; publishedAt?: string; sourceUrl?: string },
): Promise<{ id: string; title: string }> {
  const response = await request.post(`/api/workspaces/${workspaceId}/documents`, { data: document })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { document: { id: string; title: string } }).document
}

export async function inviteByApi(request: APIRequestContext, workspaceId: string, email: string, role: Role) {
  const response = await request.post(`/api/workspaces/${workspaceId}/members`, { data: { email, role } })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { invited: { id: string } }).invited
}

// The member confirms their address from the mailed link (once), then accepts the
// mailed invitation: the only way into someone else's workspace.
export async function confirmAddressByApi(member: { email: string; request: APIRequestContext }): Promise<void> {
  const token = tokenOf(await mailedLink(member.email, '/verify-email?token='))
  const response = await member.request.post('/api/account/verify-email', { data: { token } })
  // 409: this address was confirmed already, by an earlier call.
  expect([200, 409], await response.text()).toContain(response.status())
}

export async function addMemberByApi(ownerRequest: APIRequestContext, workspaceId: string, member: { email: string; request: APIRequestContext }, role: Role): Promise<{ id: string }> {
  await confirmAddressByApi(member)
  const before = await mailCount(member.email)
  await inviteByApi(ownerRequest, workspaceId, member.email, role)
  const token = tokenOf(await mailedLink(member.email, '/invitations/', { after: before }))
  const accepted = await member.request.post('/api/invitations/accept', { data: { token } })
  expect(accepted.status(), await accepted.text()).toBe(200)
  const members = await ownerRequest.get(`/api/workspaces/${workspaceId}/members`)
  const { members: rows } = (await members.json()) as { members: { id: string; user: { email: string } }[] }
  return { id: rows.find((row) => row.user.email === member.email)!.id }
}

interface Fixtures {
  // A fresh user, signed in on `page`.
  user: TestUser
  // Opens a new browser context with another fresh, signed-in user.
  newSession: (label?: string) => Promise<Session>
}

// The fixture callback is named `provide`, not Playwright's usual `use`, so React's
// hooks lint rule does not mistake it for React's use().
export const test = base.extend<Fixtures>({
  user: async ({ page }, provide) => {
    await provide(await createUser(page.request, 'owner'))
  },
  newSession: async ({ browser }, provide, testInfo) => {
    const contexts: BrowserContext[] = []
    await provide(async (label = 'member') => {
      const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
      contexts.push(context)
      const page = await context.newPage()
      const user = await createUser(page.request, label)
      return { user, page, context }
    })
    await Promise.all(contexts.map((context) => context.close()))
  },
})
