'use client'

import Link from 'next/link'
import { useState, type FormEvent, type ReactNode } from 'react'
import type { StatementSummary } from '@/lib/db/statements'
import { dateLabel, kindLabel, whoLabel } from './labels'
import { rememberPicks } from './picked'
import { statementHref } from '@/lib/vocab/links'
import { textLang } from '@/lib/text/chars'
import { MAX_COLLATED, MIN_COLLATED } from '@/lib/collate/limits'

type Picks = { a?: StatementSummary; b?: StatementSummary }

/**
 * One page of the list as a form: pick one statement as A and one as B, then
 * compare. A plain GET form to /compare, so it works before (and without)
 * JavaScript. The same form collates: each statement has a box to tick, and
 * "Collate selected" sends the ticked ones to /collate (one `s` each, which
 * the proxy joins into one list). A pick or a tick made on another page of the
 * list (?a=…&b=…&c=… in the URL) is shown above the table, still chosen; with JavaScript each pick is written
 * to the URL as it is made, so paging and filtering keep it. A table on wide
 * screens; on a phone each statement is a card, title first.
 */
export function StatementPicker({
  statements,
  elsewhere,
  selected,
  ticked = [],
  tickedElsewhere = [],
}: {
  statements: StatementSummary[]
  elsewhere: Picks
  selected: { a?: string; b?: string }
  /** the statements ticked to collate (?c=…), here or on other pages */
  ticked?: readonly string[]
  /** those of them not on this page */
  tickedElsewhere?: readonly StatementSummary[]
}) {
  const cell = 'md:table-cell md:px-3 md:py-2'
  // the statements ticked to collate, said beside the button as they are ticked: those drawn ticked (a slug of the URL
  // that no statement has draws no box), again whenever the URL's ticks change (a link to the list clears them)
  const language = new Map([...statements, ...tickedElsewhere].map((s) => [s.slug, s.language]))
  const drawn = ticked.filter((slug) => language.has(slug))
  const [ticks, setTicks] = useState({ from: ticked.join(','), slugs: drawn })
  if (ticks.from !== ticked.join(',')) setTicks({ from: ticked.join(','), slugs: drawn })
  const remember = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget)
    setTicks({ from: ticks.from, slugs: form.getAll('s').map((value) => value.toString()) })
    rememberPicks({
      a: form.get('a')?.toString() ?? null,
      b: form.get('b')?.toString() ?? null,
      c: form.getAll('s').map((value) => value.toString()),
    })
  }
  return (
    <form action="/compare" method="get" onChange={remember} className="space-y-4">
      {elsewhere.a || elsewhere.b || tickedElsewhere.length > 0 ? (
        <fieldset className="rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm">
          <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-stone-600">Picked on another page</legend>
          <ul className="space-y-1">
            {(['a', 'b'] as const).map((side) => {
              const s = elsewhere[side]
              return s ? (
                <PickedElsewhere key={side} statement={s} tag={side.toUpperCase()}>
                  <input
                    type="radio"
                    name={side}
                    value={s.slug}
                    defaultChecked
                    className={`size-4 ${side === 'a' ? 'accent-orange-700' : 'accent-blue-700'}`}
                    aria-label={`Compare as ${side.toUpperCase()}: ${s.title}`}
                  />
                </PickedElsewhere>
              ) : null
            })}
            {tickedElsewhere.map((s) => (
              <PickedElsewhere key={`c-${s.slug}`} statement={s} tag="Collate">
                <input
                  type="checkbox"
                  name="s"
                  value={s.slug}
                  defaultChecked
                  className="size-4 accent-stone-800"
                  aria-label={`Collate: ${s.title}`}
                />
              </PickedElsewhere>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {statements.length > 0 ? (
        <div className="rounded-lg border border-stone-200 bg-white">
          <table className="block w-full text-left text-sm md:table">
            <caption className="sr-only">
              Statements on this page of the list; choose one as A and one as B, or tick several to collate
            </caption>
            <thead className="hidden border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600 md:table-header-group">
              <tr>
                <th scope="col" className="px-3 py-2">
                  A
                </th>
                <th scope="col" className="px-3 py-2">
                  B
                </th>
                <th scope="col" className="px-3 py-2" title="Tick three or more to collate them">
                  Collate
                </th>
                <th scope="col" className="px-3 py-2">
                  Title
                </th>
                <th scope="col" className="px-3 py-2">
                  Kind
                </th>
                <th scope="col" className="px-3 py-2">
                  Date
                </th>
                <th scope="col" className="px-3 py-2">
                  Place
                </th>
                <th scope="col" className="px-3 py-2">
                  Parties / speaker
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Clauses
                </th>
              </tr>
            </thead>
            <tbody className="block md:table-row-group">
              {statements.map((s) => (
                <tr
                  key={s.slug}
                  className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-stone-100 px-3 py-3 last:border-0 hover:bg-stone-50 md:table-row md:p-0"
                >
                  <td className={`order-2 ${cell}`}>
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        name="a"
                        value={s.slug}
                        defaultChecked={selected.a === s.slug}
                        aria-label={`Compare as A: ${s.title}`}
                        className="size-4 accent-orange-700"
                      />
                      <span className="text-xs font-semibold text-stone-600 md:hidden">A</span>
                    </label>
                  </td>
                  <td className={`order-2 ${cell}`}>
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        name="b"
                        value={s.slug}
                        defaultChecked={selected.b === s.slug}
                        aria-label={`Compare as B: ${s.title}`}
                        className="size-4 accent-blue-700"
                      />
                      <span className="text-xs font-semibold text-stone-600 md:hidden">B</span>
                    </label>
                  </td>
                  <td className={`order-2 ${cell}`}>
                    <label className="flex items-center gap-1">
                      <input
                        type="checkbox"
                        name="s"
                        value={s.slug}
                        defaultChecked={ticked.includes(s.slug)}
                        aria-label={`Collate: ${s.title}`}
                        className="size-4 accent-stone-800"
                      />
                      <span className="text-xs font-semibold text-stone-600 md:hidden">Collate</span>
                    </label>
                  </td>
                  <td className={`order-1 w-full md:w-auto ${cell}`}>
                    <Link
                      href={statementHref(s.slug)}
                      lang={s.language === 'zh' ? 'zh-Hans' : 'en'}
                      className="font-medium text-stone-900 underline-offset-2 hover:underline"
                    >
                      {s.title}
                    </Link>
                    {s.subtitle ? (
                      <div lang={textLang(s.subtitle)} className="text-xs text-stone-500">
                        {s.subtitle}
                      </div>
                    ) : null}
                  </td>
                  <td className={`order-3 whitespace-nowrap text-xs text-stone-600 md:text-sm md:text-stone-900 ${cell}`}>
                    {kindLabel(s.kind)}
                  </td>
                  <td className={`order-3 whitespace-nowrap text-xs tabular-nums text-stone-600 md:text-sm md:text-stone-900 ${cell}`}>
                    {dateLabel(s.date)}
                  </td>
                  <td
                    className={`order-3 whitespace-nowrap text-xs text-stone-600 md:text-sm md:text-stone-900 ${cell}`}
                    lang={textLang(s.place)}
                  >
                    {s.place ?? '—'}
                  </td>
                  <td className={`order-3 text-xs text-stone-600 md:text-sm md:text-stone-900 ${cell}`}>{whoLabel(s)}</td>
                  <td className={`order-3 text-xs tabular-nums text-stone-600 md:text-right md:text-sm md:text-stone-900 ${cell}`}>
                    {s.clauseCount}
                    <span className="md:hidden"> clauses</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {/* kept in view at the foot of the screen while the list scrolls (walkthrough: 50 rows down, 6,700 px on a phone) */}
      <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-stone-200 bg-stone-50 px-1 py-2 print:static">
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Compare A with B
        </button>
        <button
          type="submit"
          formAction="/collate"
          className="rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Collate selected
        </button>
        <span className="text-sm text-stone-600" role="status">
          {tickHint(ticks.slugs.length, new Set(ticks.slugs.map((slug) => language.get(slug))).size)}
        </span>
      </div>
    </form>
  )
}

/** What the collate button needs, as the boxes are ticked ("2 ticked: tick 1 more…"), given how many languages the ticked statements are in. */
export function tickHint(count: number, languages = 1): string {
  const rule = 'statements of one language'
  if (count === 0) return `Tick three or more ${rule} to collate them.`
  if (languages > 1) return `${count} ticked, in ${languages} languages: a collation takes ${rule}.`
  if (count < MIN_COLLATED) return `${count} ticked: tick ${MIN_COLLATED - count} more (${rule}) to collate them.`
  if (count > MAX_COLLATED) return `${count} ticked: at most ${MAX_COLLATED} can be collated at once.`
  return `${count} ticked: ready to collate.`
}

/** A statement picked or ticked on another page of the list, still chosen: its control, what it is picked as, its title and date. */
function PickedElsewhere({ statement, tag, children }: { statement: StatementSummary; tag: string; children: ReactNode }) {
  return (
    <li>
      <label className="flex items-center gap-2">
        {children}
        <span className="font-semibold text-stone-600">{tag}</span>
        <span lang={textLang(statement.title)}>{statement.title}</span>
        <span className="text-stone-600">({dateLabel(statement.date)})</span>
      </label>
    </li>
  )
}
