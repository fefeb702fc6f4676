// Runs in the browser before the app starts (Next's instrumentation-client file).
import { z } from 'zod'

// Zod compiles object parsers with `new Function` when it may, and finds out by
// trying. Our Content-Security-Policy has no 'unsafe-eval', so the try is refused and
// reported as a policy violation on every page that validates a form. The browser only
// checks small forms: the interpreter is fast enough, and the policy stays clean.
z.config({ jitless: true })
