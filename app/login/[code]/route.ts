import { hasSession, nextPath, startSession } from '@/app/_lib/auth'
import { safeEqual } from '@/lib/auth/tokens'
import { currentAdminToken, getEnv } from '@/lib/env'

/**
 * The used flag lives on globalThis, so that a module reloaded by the
 * development server does not make a used link good again.
 */
const state = globalThis as typeof globalThis & { tongwenSignInCodeUsed?: boolean }

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * GET /login/<code>: the link npm start prints. It signs the browser in at
 * once — one use, then the session cookie does — and goes on to `next`
 * (default /import). A used or wrong code leads to the sign-in form, which
 * says why. The code is not the admin token: it is made for each start and
 * forgotten when used, so a link in a browser's history or a terminal's
 * scrollback signs nobody in later.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { signInCode } = getEnv()
  const adminToken = currentAdminToken()
  const { code } = await params
  const next = nextPath(new URL(request.url).searchParams.get('next'))
  const noStore = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }
  if (!adminToken) return new Response(null, { status: 303, headers: { location: '/login', ...noStore } })
  // a browser already signed in (the link opened twice) just goes on
  if (await hasSession(request, adminToken)) return new Response(null, { status: 303, headers: { location: next, ...noStore } })
  const valid = signInCode !== null && safeEqual(code, signInCode) && !state.tongwenSignInCodeUsed
  if (!valid)
    return new Response(null, { status: 303, headers: { location: `/login?error=link&next=${encodeURIComponent(next)}`, ...noStore } })
  state.tongwenSignInCodeUsed = true
  // A page that moves on by itself rather than a redirect: the SameSite=Strict cookie is sent on the next
  // request only if that request starts on this site, and a link opened from a terminal or a chat does not.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="0;url=${escape(next)}"><meta name="robots" content="noindex"><title>Signed in · Tongwen 同文</title></head>
<body style="font-family:system-ui,sans-serif;margin:3rem auto;max-width:36rem"><p>Signed in as admin. <a href="${escape(next)}">Continue</a></p></body></html>`
  return new Response(html, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'set-cookie': await startSession(request, adminToken), ...noStore },
  })
}
