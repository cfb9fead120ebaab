import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { adminState, CSRF_FIELD } from '@/app/_lib/auth'

export const metadata: Metadata = { title: 'Sign in as admin', robots: { index: false }, referrer: 'no-referrer' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * Signing in with the admin token. The link npm start prints fills the token
 * in; signing in is still a POST (a link alone changes nothing).
 */
export default async function LoginPage({ searchParams }: Props) {
  await connection()
  const [state, params] = await Promise.all([adminState(), searchParams])
  const next = first(params.next).startsWith('/') && !first(params.next).startsWith('//') ? first(params.next) : '/import'
  if (!state.enabled) {
    return (
      <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="text-xl font-semibold">Writing is switched off</h1>
        <p className="text-stone-700">
          This server has no admin token, so statements can be read but not imported, edited or deleted. Set <code>ADMIN_TOKEN</code>, or start the app with <code>npm start</code>, which makes one and prints a sign-in link.
        </p>
      </div>
    )
  }
  if (state.admin) {
    return (
      <div className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="text-xl font-semibold">You are signed in as admin</h1>
        <p>
          <Link href="/import" className="text-blue-800 underline underline-offset-2">Import statements</Link>, or open a statement to edit or delete it.
        </p>
        <form action="/api/logout" method="post">
          <input type="hidden" name={CSRF_FIELD} value={state.csrf ?? ''} />
          <button type="submit" className="rounded-md border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-100">Sign out</button>
        </form>
      </div>
    )
  }
  return (
    <div className="max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Sign in as admin</h1>
      <p className="text-stone-700">Reading is open to everyone; importing, editing and deleting statements need the admin token (the link <code>npm start</code> prints has it).</p>
      {params.error ? <p role="alert" className="rounded border border-orange-300 bg-orange-50 px-3 py-2 text-orange-900">That token is not the admin token.</p> : null}
      <form action="/api/login" method="post" className="space-y-3">
        <input type="hidden" name="next" value={next} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">Admin token</span>
          <input name="token" type="password" required autoComplete="current-password" defaultValue={first(params.token)} className="rounded border border-stone-300 px-2 py-1 font-mono" />
        </label>
        <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700">Sign in</button>
      </form>
    </div>
  )
}
