import { adminState, CSRF_FIELD } from '@/app/_lib/auth'

/**
 * The header's right end: for a signed-in admin, that they are, and a way to
 * sign out (a POST with the CSRF token, as every write); for everyone else
 * nothing, since reading needs no account.
 */
export async function AdminStatus() {
  const state = await adminState()
  if (!state.admin) return null
  return (
    <div className="ml-auto flex items-center gap-2 text-sm" aria-label="Admin session" role="group">
      <span className="rounded-full border border-emerald-300 bg-emerald-50 px-2 py-0.5 text-emerald-900">
        <span aria-hidden="true">● </span>Signed in as admin
      </span>
      <form action="/api/logout" method="post">
        <input type="hidden" name={CSRF_FIELD} value={state.csrf ?? ''} />
        <button type="submit" className="rounded-md border border-stone-300 px-2 py-0.5 text-stone-700 hover:bg-stone-100">
          Sign out
        </button>
      </form>
    </div>
  )
}
