// A page that answered 200 but shows a login form or a paywall instead of the source:
// archiving it would "prove" a quote against a sign-in box. Judged on what a reader
// would see: little text, and a password field or a subscription prompt.
const SHORT_TEXT = 3000
const PASSWORD_FIELD = /<input\b[^>]*\btype\s*=\s*["']?password\b/i
const PAYWALL_PROMPT =
  /\b(subscribe (now )?to (continue|keep) reading|subscribers? only|to continue reading,? (please )?(log|sign) ?in|(log|sign) ?in to (continue|read)|create a free account to (continue|read)|this (article|content|story) is (only )?(available|reserved) (to|for) (subscribers|members)|already a subscriber\??)\b/i

export function loginWallReason(text: string, rawHtml: string | null): string | null {
  if (text.length >= SHORT_TEXT) return null
  if (rawHtml && PASSWORD_FIELD.test(rawHtml)) return 'The page shows a login form instead of the source: upload the file instead.'
  if (PAYWALL_PROMPT.test(text)) return 'The page looks like a paywall (it asks the reader to subscribe or sign in): upload the file instead.'
  return null
}
