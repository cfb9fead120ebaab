'use client'

/**
 * A formula's uses year by year, drawn with Recharts: one bar a year, the
 * statements that use it. The chart is one stop in the tab order; the arrow
 * keys then move from year to year and the tooltip says the figures
 * (Recharts' accessibility layer). The same figures are a table beside it
 * (formula-history.tsx), for screen readers and for copying.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts'
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent'
import type { HistoryYear } from '@/lib/formulas/history'

const percent = (share: number) => `${Math.round(share * 100)}%`

/** The tooltip's text for a year: "2021: 27 of the year's 85 statements (32%)". */
export function yearSentence(y: HistoryYear): string {
  if (y.corpusStatements === 0) return `${y.year}: no statement of this language in the collection`
  return `${y.year}: ${y.statements} of the year’s ${y.corpusStatements} statements (${percent(y.share)}), ${y.occurrences} use${y.occurrences === 1 ? '' : 's'}`
}

/**
 * The year under the pointer or the arrow keys, said aloud too: a live region
 * (as Recharts' own tooltip is, which this one replaces), kept in the page
 * while empty so that a screen reader hears its first year as well.
 */
function YearTip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
  const year = payload?.[0]?.payload as HistoryYear | undefined
  const shown = active === true && year !== undefined
  return (
    <p
      role="status"
      aria-live="polite"
      className={shown ? 'rounded border border-stone-300 bg-white px-2 py-1 text-sm shadow-sm' : 'sr-only'}
    >
      {shown ? yearSentence(year) : ''}
    </p>
  )
}

export function FormulaTimeline({ years, label }: { years: HistoryYear[]; label: string }) {
  return (
    <div className="h-56 w-full">
      <BarChart
        data={years}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        accessibilityLayer
        title={label}
        desc={years.map(yearSentence).join('; ')}
      >
        <CartesianGrid vertical={false} stroke="#e7e5e4" />
        <XAxis dataKey="year" tick={{ fill: '#57534e', fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: '#57534e', fontSize: 12 }} />
        <Tooltip content={YearTip} cursor={{ fill: 'rgb(204 251 241 / 0.5)' }} isAnimationActive={false} />
        <Bar dataKey="statements" name="Statements using it" fill="#0f766e" maxBarSize={72} isAnimationActive={false} />
      </BarChart>
    </div>
  )
}
