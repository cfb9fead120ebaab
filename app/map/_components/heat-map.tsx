'use client'

import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react'
import { compareHref, statementHref } from '@/lib/vocab/links'
import { textLang } from '@/lib/text/chars'

export interface HeatMapStatement {
  slug: string
  title: string
  /** the date and the partner: "2019-06-05 · Russia" */
  name: string
  /** the kind, and what tells it from a statement of the same day and partner: "Joint statement · 加强当代全球战略稳定" */
  detail: string
  /** a pair in one language left blank was too large to compare */
  language: string
}

/** "3. 2019-06-05 · Russia (Joint statement · 加强当代全球战略稳定)" */
const fullLabel = (s: HeatMapStatement, k: number) => `${k + 1}. ${s.name} (${s.detail})`

/**
 * Light for little shared wording, teal for much; a square root spreads the
 * low values most pairs have. The darkest shade still carries dark text at
 * more than 4.5:1, so the numbers stay readable on every cell.
 */
function shade(value: number): { background: string; color: string } {
  const t = Math.sqrt(Math.max(0, Math.min(1, value)))
  return { background: `hsl(174 ${30 + t * 30}% ${97 - t * 52}%)`, color: '#1c1917' }
}

const percent = (value: number) => `${Math.round(value * 100)}%`

/**
 * The similarity of every pair as a grid of links. Hovering or focusing a
 * cell names the pair and its score; arrow keys move between cells (one cell
 * is in the tab order, as in any grid), Enter opens the comparison. On a
 * touch screen, where nothing hovers, the first tap on a cell names the pair
 * (with a link to compare them) and a second tap opens it. On a phone the row
 * headers are the statements' numbers, with the key below the grid.
 */
export function HeatMap({ statements, similarity }: { statements: HeatMapStatement[]; similarity: (number | null)[][] }) {
  const [active, setActive] = useState<[number, number] | null>(null)
  const [focus, setFocus] = useState<[number, number]>([1, 0])
  const grid = useRef<HTMLTableElement>(null)
  const pointer = useRef<string>('mouse')
  const n = statements.length
  const showNumbers = n <= 24
  // without numbers a cell can be smaller: on a wide screen the 40 most recent fit beside their names (walkthrough: 24 of 40 columns showed at 1280)
  const size = showNumbers ? 'h-9 w-9' : 'h-9 w-9 lg:h-5 lg:w-5'
  const width = showNumbers ? 'w-9' : 'w-9 lg:w-5'

  function move(event: KeyboardEvent<HTMLTableElement>) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Home: [0, -n],
      End: [0, n],
    }
    const step = moves[event.key]
    if (!step) return
    event.preventDefault()
    const row = Math.max(0, Math.min(n - 1, focus[0] + step[0]))
    const column = Math.max(0, Math.min(n - 1, focus[1] + step[1]))
    setFocus([row, column])
    grid.current?.querySelector<HTMLElement>(`[data-cell="${row}-${column}"]`)?.focus()
  }

  // a tap selects the pair first, since a finger cannot hover; a tap on the selected cell opens it
  function tap(event: MouseEvent<HTMLAnchorElement>, cell: [number, number]) {
    if (pointer.current !== 'touch') return
    if (active && active[0] === cell[0] && active[1] === cell[1]) return
    event.preventDefault()
    setActive(cell)
    setFocus(cell)
  }
  const notePointer = (event: PointerEvent) => {
    pointer.current = event.pointerType
  }

  const described = active ? describe(statements, similarity, active) : null
  const activeHref = active ? compareHref(statements[active[0]]?.slug ?? '', statements[active[1]]?.slug ?? '') : null
  return (
    <div className="space-y-3">
      <p className="min-h-[3rem] rounded-md border border-stone-200 bg-white px-3 py-2 text-sm" aria-live="polite">
        {described ? (
          <>
            {described}{' '}
            {activeHref ? (
              <a href={activeHref} className="whitespace-nowrap font-medium text-blue-800 underline underline-offset-2">
                Compare them
              </a>
            ) : null}
          </>
        ) : (
          'Hover, focus or tap a cell to see the pair.'
        )}
      </p>
      <div className="scroll-hint overflow-x-auto rounded-lg border border-stone-200 p-3">
        <table
          ref={grid}
          role="grid"
          aria-label="Shared wording of each pair of statements"
          onKeyDown={move}
          onPointerDown={notePointer}
          className="border-separate border-spacing-0.5 text-xs"
          onMouseLeave={() => {
            if (pointer.current === 'mouse') setActive(null)
          }}
        >
          <thead>
            <tr>
              <th scope="col" className="text-left font-normal text-stone-500">
                <span className="sr-only">Statement</span>
              </th>
              {statements.map((s, j) => (
                <th key={s.slug} scope="col" className={`${width} text-center font-semibold text-stone-600`} title={fullLabel(s, j)}>
                  {j + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statements.map((row, i) => (
              <tr key={row.slug}>
                <th scope="row" className="pr-2 text-left align-middle font-normal text-stone-700" title={row.title}>
                  <a
                    href={statementHref(row.slug)}
                    tabIndex={-1}
                    className="map-label flex items-baseline gap-1 hover:underline"
                    aria-label={fullLabel(row, i)}
                  >
                    <span className="font-semibold tabular-nums">{i + 1}.</span>
                    {/* on a phone the number stands for the statement; the key under the grid names it */}
                    <span className="hidden sm:block">
                      {/* a long list of parties is cut, not the grid pushed off the screen (walkthrough: a G20's label was 2,300 px wide) */}
                      <span className="block max-w-[18rem] truncate" title={row.name}>
                        {row.name}
                      </span>
                      <span className="block max-w-[18rem] truncate text-stone-600" lang={textLang(row.detail)}>
                        {row.detail}
                      </span>
                    </span>
                  </a>
                </th>
                {statements.map((column, j) => {
                  const value = similarity[i]?.[j] ?? null
                  if (value === null) {
                    const why = row.language === column.language ? 'too large to compare' : 'different languages, not compared'
                    return (
                      <td
                        key={column.slug}
                        className={`${size} rounded-sm bg-stone-100 text-center text-stone-600`}
                        aria-label={
                          i === j
                            ? `${fullLabel(row, i)}: the statement itself`
                            : `${fullLabel(row, i)} and ${fullLabel(column, j)}: ${why}`
                        }
                        title={i === j ? undefined : why[0]?.toUpperCase() + why.slice(1)}
                      >
                        {i === j ? '—' : '×'}
                      </td>
                    )
                  }
                  const colours = shade(value)
                  const focused = focus[0] === i && focus[1] === j
                  return (
                    <td key={column.slug} className={`${size} p-0`}>
                      <a
                        href={compareHref(row.slug, column.slug)}
                        data-cell={`${i}-${j}`}
                        tabIndex={focused ? 0 : -1}
                        onMouseEnter={() => {
                          if (pointer.current === 'mouse') setActive([i, j])
                        }}
                        onClick={(event) => tap(event, [i, j])}
                        onFocus={() => {
                          setActive([i, j])
                          setFocus([i, j])
                        }}
                        style={colours}
                        aria-label={`${fullLabel(row, i)} and ${fullLabel(column, j)}: ${percent(value)} shared wording`}
                        className={`flex ${size} items-center justify-center rounded-sm tabular-nums outline-offset-1 hover:outline hover:outline-2 hover:outline-stone-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700`}
                      >
                        {showNumbers ? Math.round(value * 100) : ''}
                      </a>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol aria-label="Statements on the map" className="space-y-1 text-sm sm:hidden">
        {statements.map((s, k) => (
          <li key={s.slug} className="flex gap-2">
            <span className="w-6 shrink-0 text-right font-semibold tabular-nums">{k + 1}.</span>
            <a href={statementHref(s.slug)} className="min-w-0 underline-offset-2 hover:underline">
              {s.name}{' '}
              <span className="text-stone-600" lang={textLang(s.detail)}>
                ({s.detail})
              </span>
            </a>
          </li>
        ))}
      </ol>
      <Legend />
    </div>
  )
}

function describe(statements: HeatMapStatement[], similarity: (number | null)[][], [i, j]: [number, number]): string {
  const a = statements[i]
  const b = statements[j]
  const value = similarity[i]?.[j]
  if (!a || !b || value === null || value === undefined) return ''
  return `${fullLabel(a, i)}  ×  ${fullLabel(b, j)}: ${percent(value)} shared wording.`
}

function Legend() {
  const stops = [0, 0.05, 0.1, 0.2, 0.4, 0.7, 1]
  return (
    <div className="map-legend flex flex-wrap items-center gap-1.5 text-xs text-stone-600" aria-hidden="true">
      <span className="mr-1">shared wording:</span>
      {stops.map((value) => (
        <span key={value} className="flex h-5 w-9 items-center justify-center rounded-sm" style={shade(value)}>
          {percent(value)}
        </span>
      ))}
    </div>
  )
}
