import type { StatementDetail } from '@/lib/db/statements'
import type { FormulaMark } from '@/lib/formulas/overlay'
import { MarkedText } from '@/app/_components/formula-text'
import { clauseAnchor } from '@/lib/vocab/links'
import { isHeaded, printedSectionName } from '@/lib/vocab/section-name'
import { textLang } from '@/lib/text/chars'
import { Fragment } from 'react'

type Clause = StatementDetail['sections'][number]['clauses'][number]

/** Statements with fewer headed sections than this read well without a list of them. */
const MIN_SECTIONS_LISTED = 4

/** A section's anchor on the page (#s3): by its place in the part shown. */
const sectionAnchor = (k: number) => `s${k + 1}`

/** Clauses grouped back into their paragraphs. */
function paragraphs(clauses: Clause[]): Clause[][] {
  const groups: Clause[][] = []
  for (const clause of clauses) {
    const last = groups.at(-1)
    if (last && last[0]?.paragraph === clause.paragraph) last.push(clause)
    else groups.push([clause])
  }
  return groups
}

/**
 * The statement's text, section by section; every clause has an anchor (#c12)
 * a link can point at, and the known formulas in it are underlined.
 */
export function StatementBody({ statement, marks }: { statement: StatementDetail; marks: ReadonlyMap<number, FormulaMark[]> }) {
  const headed = statement.sections.flatMap((section, k) => (isHeaded(section) ? [{ section, anchor: sectionAnchor(k) }] : []))
  return (
    <div className="space-y-6 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      {headed.length >= MIN_SECTIONS_LISTED ? (
        // a long statement's sections at a glance, each a link (walkthrough: a communiqué of 446 clauses had none)
        <details open className="text-sm">
          <summary className="cursor-pointer font-semibold text-stone-700">Sections ({headed.length})</summary>
          <nav aria-label="Sections">
            <ol className="mt-2 columns-1 gap-6 space-y-1 sm:columns-2">
              {headed.map(({ section, anchor }) => (
                <li key={section.id} className="break-inside-avoid">
                  <a
                    href={`#${anchor}`}
                    lang={textLang([section.label, section.heading].join(''))}
                    className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
                  >
                    {printedSectionName(section.label, section.heading)}
                  </a>{' '}
                  <span className="text-stone-500">({section.clauses.length})</span>
                </li>
              ))}
            </ol>
          </nav>
        </details>
      ) : null}
      {statement.sections.map((section, k) => (
        <section
          key={section.id}
          id={sectionAnchor(k)}
          aria-label={printedSectionName(section.label, section.heading) || 'Preamble'}
          className="scroll-mt-4 space-y-3"
        >
          {isHeaded(section) ? (
            <h2
              lang={textLang([section.label, section.heading].join(''))}
              className={section.level <= 1 ? 'text-center text-lg font-semibold' : 'text-base font-semibold'}
            >
              {printedSectionName(section.label, section.heading)}
            </h2>
          ) : null}
          {paragraphs(section.clauses).map((group) => (
            <p key={group[0]?.id} lang={statement.language === 'zh' ? 'zh-Hans' : 'en'} className="max-w-4xl leading-loose">
              {group.map((clause, k) => (
                <Fragment key={clause.id}>
                  {/* English sentences are spaced apart, as printed; Chinese ones run on */}
                  {k > 0 && statement.language === 'en' ? ' ' : null}
                  <span id={clauseAnchor(clause.position)} className="clause group rounded">
                    <MarkedText
                      pieces={[{ text: clause.text }]}
                      marks={marks.get(clause.id)}
                      renderPiece={(piece, k) => <span key={k}>{piece.text}</span>}
                    />
                    {/* the clause's number is a link, not text: a copied passage leaves it out */}
                    <a
                      href={`#${clauseAnchor(clause.position)}`}
                      className="ml-0.5 select-none align-super text-[0.65rem] text-stone-500 hover:text-stone-900"
                      aria-label={`Link to clause ${clause.position + 1}`}
                    >
                      {clause.position + 1}
                    </a>
                  </span>
                </Fragment>
              ))}
            </p>
          ))}
        </section>
      ))}
    </div>
  )
}
