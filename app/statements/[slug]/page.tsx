import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'
import { cache } from 'react'
import { getDb } from '@/lib/db/client'
import { getStatement, listStatements } from '@/lib/db/statements'
import { StatementBody } from './_components/statement-body'
import { StatementHeader } from './_components/statement-header'

type Props = { params: Promise<{ slug: string }> }

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
  const [statement, all] = await Promise.all([load(slug), listStatements(getDb())])
  if (!statement) notFound()
  return (
    <article className="space-y-6">
      <StatementHeader statement={statement} others={all.filter((s) => s.slug !== slug)} />
      <StatementBody statement={statement} />
    </article>
  )
}
