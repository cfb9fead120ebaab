import { Fragment, type ReactNode } from 'react'
import { formulaSegments, slotReading } from '@/lib/formulas/label'
import { overlayMarks, type FormulaMark } from '@/lib/formulas/overlay'
import { formulaHref } from '@/lib/vocab/links'

/** A formula's text with its counterpart slots shown as slots, not as private-use characters. */
export function FormulaLabel({ text }: { text: string }) {
  const segments = formulaSegments(text)
  return segments.map((segment, k) =>
    segment.type === 'text' ? (
      <span key={k}>{segment.text}</span>
    ) : (
      <span
        key={k}
        className="formula-slot"
        title={
          segment.role === 'country' ? 'The counterpart’s name: it varies from statement to statement' : 'The counterpart leader’s name'
        }
      >
        {slotReading(segment, segments)}
      </span>
    ),
  )
}

const statementsLabel = (n: number) => `in ${n} statement${n === 1 ? '' : 's'}`

/**
 * Text cut into pieces (diff spans, or the clause whole), with the known
 * formulas in it underlined: each links to its concordance and says, on
 * hover or focus, how many statements use it; a formula this statement
 * uses for the first time in the collection is underlined dashed.
 */
export function MarkedText<P extends { text: string }>({
  pieces,
  marks,
  renderPiece,
}: {
  pieces: readonly P[]
  marks: readonly FormulaMark[] | undefined
  renderPiece: (piece: P, key: number) => ReactNode
}) {
  if (!marks?.length) return pieces.map((piece, k) => renderPiece(piece, k))
  return overlayMarks(pieces, marks).map((group, g) =>
    group.mark ? (
      <a
        key={g}
        href={formulaHref(group.mark.formulaId)}
        className={group.mark.first ? 'formula-mark formula-mark-first' : 'formula-mark'}
        data-tip={`${statementsLabel(group.mark.statements)}${group.mark.first ? ', first used here' : ''}`}
        title={`A formula ${statementsLabel(group.mark.statements)}${group.mark.first ? ', used here for the first time in the collection' : ''}: open its concordance`}
      >
        {group.pieces.map((piece, k) => renderPiece(piece, k))}
      </a>
    ) : (
      <Fragment key={g}>{group.pieces.map((piece, k) => renderPiece(piece, k))}</Fragment>
    ),
  )
}

/** Marks given on the printed clause text, moved onto its body (the text after the enumeration label). */
export function marksOnBody(marks: readonly FormulaMark[] | undefined, text: string, label: string | null): FormulaMark[] | undefined {
  const offset = label && text.startsWith(label) ? label.length : 0
  if (!marks || offset === 0) return marks as FormulaMark[] | undefined
  return marks.filter((m) => m.start >= offset).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
}
