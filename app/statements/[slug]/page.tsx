import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { cache } from 'react'
import { getDb } from '@/lib/services/database'
import { suggestPairs } from '@/lib/compare/suggest-pairs'
import { formulaMarks } from '@/lib/services/formulas'
import { getStatement, nearbyStatements } from '@/lib/services/statements'
import { StatementBody } from './_components/statement-body'
import { StatementAdmin } from './_components/statement-admin'
import { StatementHeader } from './_components/statement-header'
import { adminState } from '@/app/_lib/auth'
import type { StatementSummary } from '@/lib/db/statements'
import { collateHref } from '@/lib/vocab/links'

type Props = { params: Promise<{ slug: string }> }

/** Statements offered in the "Compare with" list; the search box beside it reaches any other. */
const COMPARE_CHOICES = 50
/** Statements "Collate with its siblings" adds to this one. */
const MAX_SIBLINGS = 5

const load = cache((slug: string) => getStatement(getDb(), slug))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = await load((await params).slug)
  if (!statement) return { title: 'Statement not found' }
  const description = [statement.subtitle, statement.date, statement.place].filter(Boolean).join(' · ')
  return { title: statement.title, description, openGraph: { title: statement.title, description, type: 'article' } }
}

export default async function StatementPage({ params }: Props) {
  await connection()
  const { slug } = await params
  const [statement, marks, admin] = await Promise.all([load(slug), formulaMarks(getDb(), [slug]), adminState()])
  if (!statement) notFound()
  // the picker offers the statements nearest in date (of its kind first), never the whole corpus
  const others = await nearbyStatements(getDb(), statement, COMPARE_CHOICES)
  // preselect a statement with the same formula (another partner), if there is one nearby
  const pair = suggestPairs(
    [statement, ...others].map((s) => ({ ...s, partyCodes: s.parties.map((p) => p.code) })),
    Infinity,
  ).find(([x, y]) => x.slug === slug || y.slug === slug)
  const suggested = pair ? (pair[0].slug === slug ? pair[1].slug : pair[0].slug) : null
  // its siblings: of its kind, with other partners, nearest in date (nearbyStatements keeps its language)
  const partners = (s: StatementSummary) =>
    s.parties
      .map((p) => p.code)
      .sort()
      .join(' ')
  const siblings = others.filter((s) => s.kind === statement.kind && partners(s) !== partners(statement)).slice(0, MAX_SIBLINGS)
  return (
    <article className="space-y-6">
      <StatementHeader
        statement={statement}
        others={others}
        suggested={suggested}
        formulaCount={new Set([...marks.values()].flat().map((m) => m.formulaId)).size}
        collate={siblings.length >= 2 ? { href: collateHref([slug, ...siblings.map((s) => s.slug)]), siblings: siblings.length } : null}
      />
      {admin.admin ? <StatementAdmin statement={statement} csrf={admin.csrf ?? ''} /> : null}
      <StatementBody statement={statement} marks={marks} />
    </article>
  )
}
