import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { cache } from 'react'
import { getDb } from '@/lib/services/database'
import { statementSuggestions } from '@/lib/services/suggestions'
import { formulaMarks } from '@/lib/services/formulas'
import { getStatementPart, getStatementSummaries, nearbyStatements } from '@/lib/services/statements'
import { StatementBody } from './_components/statement-body'
import { StatementAdmin } from './_components/statement-admin'
import { StatementHeader } from './_components/statement-header'
import { adminState } from '@/app/_lib/auth'
import type { StatementSummary } from '@/lib/db/statements'
import { collateHref, STATEMENT_PART_CLAUSES, statementHref } from '@/lib/vocab/links'
import { parseStatementPageQuery } from '@/lib/url/statement-page'
import type { FormulaMark } from '@/lib/formulas/overlay'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Statements offered in the "Compare with" list; the search box beside it reaches any other. */
const COMPARE_CHOICES = 50
/** Statements "Collate with its siblings" adds to this one. */
const MAX_SIBLINGS = 5

const summaryOf = cache(async (slug: string) => (await getStatementSummaries(getDb(), [slug]))[0] ?? null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = await summaryOf((await params).slug)
  if (!statement) return { title: 'Statement not found' }
  const description = [statement.subtitle, statement.date, statement.place].filter(Boolean).join(' · ')
  return { title: statement.title, description, openGraph: { title: statement.title, description, type: 'article' } }
}

export default async function StatementPage({ params, searchParams }: Props) {
  await connection()
  const { slug } = await params
  // a long statement is read in parts (the proxy has answered a malformed part with a 400)
  const query = parseStatementPageQuery(await searchParams)
  const underline = query.ok && query.formulas
  const [loaded, admin] = await Promise.all([getStatementPart(getDb(), slug, query.ok ? query.part : 1), adminState()])
  if (!loaded.ok) notFound()
  const { statement, summary, part, parts, window } = loaded
  const marks = await formulaMarks(getDb(), [slug], window)
  // the picker offers the statements nearest in date (of its kind first), never the whole corpus
  const others = await nearbyStatements(getDb(), statement, COMPARE_CHOICES)
  const withCodes = <T extends StatementSummary>(s: T) => ({ ...s, partyCodes: s.parties.map((p) => p.code) })
  const neighbours = others.map(withCodes)
  // preselect a statement with the same formula (another partner) nearby, and offer its siblings to collate, when their wording confirms it
  const { partner, siblings } = await statementSuggestions(getDb(), withCodes(statement), neighbours, MAX_SIBLINGS)
  const suggested = partner?.slug ?? null
  return (
    <article className="space-y-6">
      <StatementHeader
        statement={statement}
        others={others}
        suggested={suggested}
        formulaCount={new Set([...marks.values()].flat().map((m) => m.formulaId)).size}
        underline={underline ? statementHref(slug, part) : statementHref(slug, part, true)}
        underlined={underline}
        collate={siblings.length >= 2 ? { href: collateHref([slug, ...siblings.map((s) => s.slug)]), siblings: siblings.length } : null}
      />
      {admin.admin ? <StatementAdmin statement={statement} csrf={admin.csrf ?? ''} /> : null}
      {parts > 1 ? <StatementParts slug={slug} part={part} parts={parts} clauses={summary.clauseCount} underline={underline} /> : null}
      {/* the page reads as text; the formulas are underlined on demand (issue 13: quiet pages) */}
      <StatementBody statement={statement} marks={underline ? marks : NO_MARKS} />
      {parts > 1 ? <StatementParts slug={slug} part={part} parts={parts} clauses={summary.clauseCount} underline={underline} /> : null}
    </article>
  )
}

const count = (n: number) => n.toLocaleString('en-US')

const NO_MARKS: ReadonlyMap<number, FormulaMark[]> = new Map()

/** Where this part of a long statement is, with links to the parts before and after it. */
function StatementParts({
  slug,
  part,
  parts,
  clauses,
  underline,
}: {
  slug: string
  part: number
  parts: number
  clauses: number
  underline: boolean
}) {
  const from = (part - 1) * STATEMENT_PART_CLAUSES + 1
  const to = Math.min(clauses, part * STATEMENT_PART_CLAUSES)
  return (
    <nav aria-label="Parts of the statement" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
      <span>{`Part ${part} of ${parts}: clauses ${count(from)}–${count(to)} of ${count(clauses)}`}</span>
      {part > 1 ? (
        <a href={statementHref(slug, part - 1, underline)} className="text-blue-800 underline underline-offset-2">
          ← Part {part - 1}
        </a>
      ) : null}
      {part < parts ? (
        <a href={statementHref(slug, part + 1, underline)} className="text-blue-800 underline underline-offset-2">
          Part {part + 1} →
        </a>
      ) : null}
    </nav>
  )
}
