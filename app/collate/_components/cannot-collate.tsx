import Link from 'next/link'
import type { StatementSummary } from '@/lib/db/statements'
import { statementHref } from '@/lib/vocab/links'
import { dateLabel } from '@/app/_components/labels'
import { REFUSALS } from '@/lib/url/not-found'

/** Statements the app will not collate (their languages differ, or they are too large together), and why. */
export function CannotCollate({ statements, reason }: { statements: StatementSummary[]; reason: string }) {
  return (
    <div role="alert" className="max-w-2xl space-y-3 rounded-lg border border-orange-300 bg-white p-6">
      <h1 className="text-xl font-semibold">{REFUSALS.collate.heading}</h1>
      <p className="text-stone-700">{reason}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {statements.map((s) => (
          <li key={s.slug}>
            <Link
              href={statementHref(s.slug)}
              lang={s.language === 'zh' ? 'zh-Hans' : 'en'}
              className="text-blue-800 underline underline-offset-2"
            >
              {s.title}
            </Link>{' '}
            <span className="text-stone-600">{`(${dateLabel(s.date)}, ${s.language === 'zh' ? 'Chinese' : 'English'})`}</span>
          </li>
        ))}
      </ul>
      <Link href={REFUSALS.collate.link[0]} className="inline-block text-blue-800 underline underline-offset-2">
        {REFUSALS.collate.link[1]}
      </Link>
    </div>
  )
}
