import Link from 'next/link'
import { sectionLabel, withSectionBreaks } from '@/lib/compare/section-breaks'
import type { CompareResult, CompareRow, Piece, RowClause } from '@/lib/compare/types'
import { CopyLinkButton } from './copy-link-button'

const KIND_LABELS: Record<CompareRow['kind'], string> = {
  match: 'pair',
  merge: '2 A : 1 B',
  split: '1 A : 2 B',
  'a-only': 'only in A',
  'b-only': 'only in B',
}

function Pieces({ pieces }: { pieces: Piece[] }) {
  return pieces.map((piece, k) => {
    if (piece.op === 'delete') return <del key={k} className="diff-delete">{piece.text}</del>
    if (piece.op === 'insert') return <ins key={k} className="diff-insert">{piece.text}</ins>
    if (piece.masked) return <span key={k} className="diff-masked" title="Counterpart name: equal under the party mask">{piece.text}</span>
    return <span key={k}>{piece.text}</span>
  })
}

function Side({ clauses, slug, side, alone }: { clauses: RowClause[]; slug: string; side: 'A' | 'B'; alone: boolean }) {
  if (clauses.length === 0) return <p className="italic text-stone-400">no counterpart in {side}</p>
  // A clause without counterpart is all "deleted" or "inserted": mark the clause, not every word.
  const marker = side === 'A' ? 'border-l-4 border-orange-400 bg-orange-50 pl-2' : 'border-l-4 border-blue-400 bg-blue-50 pl-2'
  return clauses.map((clause) => (
    <p key={clause.id} lang="zh-Hans" className={`leading-relaxed ${alone ? marker : ''}`}>
      {clause.label ? <span className="mr-1 text-stone-500">{clause.label}</span> : null}
      {alone ? clause.pieces.map((piece) => piece.text).join('') : <Pieces pieces={clause.pieces} />}{' '}
      <Link href={`/statements/${slug}#c${clause.position + 1}`} className="text-xs text-stone-400 hover:text-stone-700" aria-label={`Clause ${clause.position + 1} in statement ${side}`}>
        {side}{clause.position + 1}
      </Link>
    </p>
  ))
}

export function CompareRows({ result }: { result: CompareResult }) {
  const items = withSectionBreaks(result)
  return (
    <div role="table" aria-label="Aligned clauses" className="rounded-lg border border-stone-200 bg-white">
      <div role="row" className="sticky top-0 z-10 hidden grid-cols-[6rem_1fr_1fr] gap-4 border-b border-stone-200 bg-stone-100 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-stone-600 md:grid">
        <span role="columnheader">Row</span>
        <span role="columnheader">A</span>
        <span role="columnheader">B</span>
      </div>
      {items.map((item) =>
        item.type === 'section' ? (
          <div role="row" key={item.key} className="grid gap-4 border-b border-stone-200 bg-stone-50 px-3 py-2 text-sm font-semibold md:grid-cols-[6rem_1fr_1fr]">
            <span role="rowheader" className="sr-only md:not-sr-only md:text-stone-400">§</span>
            <span role="cell" lang="zh-Hans">{sectionLabel(item.a)}</span>
            <span role="cell" lang="zh-Hans">{sectionLabel(item.b)}</span>
          </div>
        ) : (
          <div role="row" id={`r${item.row.index}`} key={item.key} className="compare-row grid gap-2 border-b border-stone-100 px-3 py-3 last:border-0 md:grid-cols-[6rem_1fr_1fr] md:gap-4">
            <div role="rowheader" className="flex items-baseline gap-2 text-xs text-stone-500 md:flex-col md:gap-0.5">
              <a href={`#r${item.row.index}`} className="font-semibold text-stone-700 hover:underline">r{item.row.index}</a>
              <span title="Similarity of the pair (character bigrams, party names masked)">{item.row.a.length && item.row.b.length ? `${Math.round(item.row.score * 100)}%` : '—'}</span>
              <span>{KIND_LABELS[item.row.kind]}</span>
              <CopyLinkButton anchor={`r${item.row.index}`} label={`Copy a link to row ${item.row.index}`} />
            </div>
            <div role="cell" className="min-w-0 space-y-1">
              <Side clauses={item.row.a} slug={result.a.slug} side="A" alone={item.row.b.length === 0} />
            </div>
            <div role="cell" className="min-w-0 space-y-1 border-t border-dashed border-stone-200 pt-2 md:border-0 md:pt-0">
              <Side clauses={item.row.b} slug={result.b.slug} side="B" alone={item.row.a.length === 0} />
            </div>
          </div>
        ),
      )}
    </div>
  )
}
