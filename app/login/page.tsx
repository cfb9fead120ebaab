import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { adminState, CSRF_FIELD, nextPath } from '@/app/_lib/auth'
import { firstValue } from '@/lib/url/params'

export const metadata: Metadata = { title: 'Sign in as admin', robots: { index: false }, referrer: 'no-referrer' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined) => firstValue(value) ?? ''

/**
 * Signing in with the admin token, for a browser the one-time link npm start
 * prints (/login/<code>) has not signed in: a used link, another browser, or
 * a server started without npm start.
 */
export default async function LoginPage({ searchParams }: Props) {
  await connection()
  const [state, params] = await Promise.all([adminState(), searchParams])
  const next = nextPath(first(params.next))
  if (!state.enabled) {
    return (
      <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="text-xl font-semibold">Writing is switched off</h1>
        <p className="text-stone-700">
          This server has no admin token, so statements can be read but not imported, edited or deleted. Set <code>ADMIN_TOKEN</code>, or
          start the app with <code>npm start</code>, which makes one and prints a sign-in link.
        </p>
      </div>
    )
  }
  if (state.admin) {
    return (
      <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="text-xl font-semibold">You are signed in as admin</h1>
        <p>
          <Link href="/import" className="text-blue-800 underline underline-offset-2">
            Import statements
          </Link>
          , or open a statement to edit or delete it.
        </p>
        <form action="/api/logout" method="post">
          <input type="hidden" name={CSRF_FIELD} value={state.csrf ?? ''} />
          <button type="submit" className="rounded-md border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-100">
            Sign out
          </button>
        </form>
      </div>
    )
  }
  return (
    <div className="max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Sign in as admin</h1>
      <p className="text-stone-700">
        Reading is open to everyone; importing, editing and deleting statements need the admin token. The link <code>npm start</code> prints
        signs you in at once; here you can paste the token instead.
      </p>
      {params.signedOut ? (
        <p role="status" className="rounded border border-stone-300 bg-stone-50 px-3 py-2">
          You have signed out.
        </p>
      ) : null}
      {params.error === 'link' ? (
        <p role="alert" className="rounded border border-orange-300 bg-orange-50 px-3 py-2 text-orange-900">
          That sign-in link has been used already, or belongs to an earlier start of the server: each link signs in once. Paste the admin
          token below (it is in <code>.tongwen/admin-token</code>), or restart with <code>npm start</code> for a new link.
        </p>
      ) : params.error ? (
        <p role="alert" className="rounded border border-orange-300 bg-orange-50 px-3 py-2 text-orange-900">
          That token is not the admin token.
        </p>
      ) : null}
      <form action="/api/login" method="post" className="space-y-3">
        <input type="hidden" name="next" value={next} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">Admin token</span>
          <input
            name="token"
            type="password"
            required
            autoComplete="current-password"
            className="rounded border border-stone-300 px-2 py-1 font-mono"
          />
        </label>
        <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700">
          Sign in
        </button>
      </form>
    </div>
  )
}
