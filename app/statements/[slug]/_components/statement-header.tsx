import Link from 'next/link'
import type { StatementDetail, StatementSummary } from '@/lib/db/statements'
import { dateLabel, kindLabel, whoLabel } from '@/app/_components/labels'
import { textLang } from '@/lib/text/chars'

/** The statement's title and facts, the importer's notes, and a way to pick another to compare with. */
export function StatementHeader({
  statement,
  others,
  suggested,
  formulaCount,
  underline,
  underlined,
  collate,
}: {
  statement: StatementDetail
  others: StatementSummary[]
  suggested: string | null
  formulaCount: number
  /** the link that turns the underlines on (or off, when `underlined`) */
  underline: string
  underlined: boolean
  /** a collation of it with its siblings (same kind, other partners, nearest in date), when it has two or more */
  collate: { href: string; siblings: number } | null
}) {
  // the date, then who sets it apart from this statement (its other partners, or its speaker), then its title: the
  // partner first, where a narrow menu cuts the title ("2019-06-15 · 中华人民共和国…" told a reader nothing)
  const own = new Set(statement.parties.map((p) => p.code))
  const optionLabel = (s: StatementSummary) =>
    [
      dateLabel(s.date),
      s.speaker ??
        s.parties
          .filter((p) => !own.has(p.code))
          .map((p) => (s.language === 'zh' ? p.nameZh : p.nameEn))
          .join('–'),
      s.title,
    ]
      .filter(Boolean)
      .join(' · ')
  const facts = [
    ['Kind', kindLabel(statement.kind)],
    ['Date', dateLabel(statement.date)],
    ['Place', statement.place ?? '—'],
    [statement.speaker ? 'Speaker' : 'Parties', whoLabel(statement)],
    ['Clauses', String(statement.clauseCount)],
    ['Source', statement.sourceName],
  ] as const
  // nearbyStatements lists the statements of this kind first, then the others
  const groups = [
    [`${kindLabel(statement.kind)}, nearest in date`, others.filter((s) => s.kind === statement.kind)],
    ['Other kinds, nearest in date', others.filter((s) => s.kind !== statement.kind)],
  ] as const
  return (
    <header className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <div>
        <h1 lang={textLang(statement.title)} className="text-2xl font-semibold leading-snug">
          {statement.title}
        </h1>
        {statement.subtitle ? (
          <p lang={textLang(statement.subtitle)} className="mt-1 text-stone-600">
            {/* a Chinese subtitle is printed after a dash (——在…上的讲话); an English one as it stands */}
            {statement.language === 'zh' ? '——' : ''}
            {statement.subtitle}
          </p>
        ) : null}
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-xs uppercase tracking-wide text-stone-500">{term}</dt>
            <dd lang={term === 'Place' ? textLang(String(value)) : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {formulaCount > 0 ? (
        <p className="text-sm text-stone-700">
          {underlined ? (
            <>
              <span className="formula-mark">
                <span>Underlined</span>
              </span>{' '}
              below: {formulaCount} formula{formulaCount === 1 ? '' : 's'} other statements use too (
              <span className="formula-mark formula-mark-first">
                <span>dashed</span>
              </span>
              : used here for the first time in the collection).{' '}
            </>
          ) : (
            `${formulaCount} formula${formulaCount === 1 ? '' : 's'} other statements use too. `
          )}
          <Link href={underline} className="text-blue-800 underline underline-offset-2">
            {underlined ? 'Hide the underlines' : 'Underline them'}
          </Link>
          {' · '}
          <Link href={`/formulas?statement=${statement.slug}`} className="text-blue-800 underline underline-offset-2">
            List them
          </Link>
        </p>
      ) : null}
      {collate ? (
        <p className="text-sm">
          <Link href={collate.href} className="text-blue-800 underline underline-offset-2">
            Collate with its siblings
          </Link>{' '}
          <span className="text-stone-600">{`(${collate.siblings} more of its kind with other partners, nearest in date)`}</span>
        </p>
      ) : null}
      {statement.notes.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-600">What the importer repaired or doubts ({statement.notes.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {statement.notes.map((note, k) => (
              <li key={k}>
                <span className={note.kind === 'doubt' ? 'font-semibold text-orange-800' : 'text-stone-600'}>
                  {note.kind === 'doubt' ? 'Doubt' : 'Repair'}:
                </span>{' '}
                {note.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {/* one column on a phone, each control as wide as the screen allows; side by side from md up */}
      <div className="grid gap-3 text-sm md:grid-cols-[3fr_2fr] md:items-end md:gap-x-6">
        {others.length > 0 ? (
          <form action="/compare" method="get" className="flex min-w-0 flex-col gap-1">
            <input type="hidden" name="a" value={statement.slug} />
            <label htmlFor="compare-with" className="text-stone-600">
              Compare with
            </label>
            <div className="flex min-w-0 gap-2">
              <select
                id="compare-with"
                name="b"
                defaultValue={suggested ?? undefined}
                className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1"
              >
                {groups.map(([label, members]) =>
                  members.length > 0 ? (
                    <optgroup key={label} label={label}>
                      {members.map((s) => (
                        <option key={s.slug} value={s.slug}>
                          {optionLabel(s)}
                        </option>
                      ))}
                    </optgroup>
                  ) : null,
                )}
              </select>
              <button type="submit" className="shrink-0 rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
                Compare
              </button>
            </div>
          </form>
        ) : null}
        <form action="/" method="get" role="search" aria-label="Another statement to compare with" className="flex min-w-0 flex-col gap-1">
          <input type="hidden" name="language" value={statement.language} />
          <input type="hidden" name="a" value={statement.slug} />
          <label htmlFor="find-statement" className="text-stone-600">
            {others.length > 0 ? 'Or find another by title' : 'Find a statement to compare with'}
          </label>
          <div className="flex min-w-0 gap-2">
            <input
              id="find-statement"
              type="search"
              name="q"
              maxLength={200}
              placeholder="e.g. 联合声明 or russia"
              className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1"
            />
            <button
              type="submit"
              className="shrink-0 rounded-md border border-stone-400 bg-white px-3 py-1.5 font-medium text-stone-900 hover:bg-stone-100"
            >
              Find
            </button>
          </div>
        </form>
      </div>
    </header>
  )
}
