import type { StatementDetail } from '@/lib/db/statements'
import { CSRF_FIELD } from '@/lib/auth/tokens'
import { ConfirmButton } from './confirm-button'
import { KIND_LABELS, SUBTITLE_MAX } from '@/lib/vocab/statement-kinds'
import { statementApiHref } from '@/lib/vocab/links'

const KINDS = Object.entries(KIND_LABELS)

/**
 * For the admin: the statement's metadata as a form (the text stays as
 * imported; the slug stays, so links keep working), and deletion, confirmed
 * first. Plain POST forms with the CSRF token: they work without JavaScript.
 */
export function StatementAdmin({ statement, csrf }: { statement: StatementDetail; csrf: string }) {
  const field = 'flex flex-col gap-1 text-sm'
  const input = 'rounded border border-stone-300 bg-white px-2 py-1'
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4 print:hidden">
      <summary className="cursor-pointer text-sm font-medium">Edit or delete this statement (admin)</summary>
      <form action={statementApiHref(statement.slug)} method="post" className="mt-3 grid gap-3 md:grid-cols-2">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label className={`${field} md:col-span-2`}>
          <span className="text-stone-600">Title</span>
          <input name="title" defaultValue={statement.title} required maxLength={300} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Subtitle</span>
          <input name="subtitle" defaultValue={statement.subtitle ?? ''} maxLength={SUBTITLE_MAX} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Kind</span>
          <select name="kind" defaultValue={statement.kind} className={input}>
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          <span className="text-stone-600">Date</span>
          <input name="date" type="date" defaultValue={statement.date ?? ''} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Place</span>
          <input name="place" defaultValue={statement.place ?? ''} maxLength={100} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Speaker</span>
          <input name="speaker" defaultValue={statement.speaker ?? ''} maxLength={100} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Parties (codes or names, comma-separated)</span>
          <input name="parties" defaultValue={statement.parties.map((p) => p.code).join(', ')} maxLength={500} className={input} />
        </label>
        <div className="md:col-span-2">
          <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
            Save changes
          </button>
        </div>
      </form>
      <form action={statementApiHref(statement.slug, 'delete')} method="post" className="mt-4 border-t border-stone-200 pt-3">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        {/* the date and the address tell two statements of one title apart (a copy imported twice) */}
        <ConfirmButton
          message={`Delete “${statement.title}” (${statement.date ?? 'undated'}, /statements/${statement.slug})? Its clauses and formula occurrences go with it; this cannot be undone.`}
        >
          Delete this statement
        </ConfirmButton>
      </form>
    </details>
  )
}
