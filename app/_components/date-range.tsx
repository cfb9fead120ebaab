import { dateLabel } from './labels'

/**
 * A first and a latest date as "2021-02-01 – 2022-12-27", each date kept
 * whole so that a narrow column wraps the range at its dash (review: the
 * formula list and a formula's parties at 390 px); one date when they are the same.
 */
export function DateRange({ first, latest }: { first: string | null; latest: string | null }) {
  if (!first || first === latest) return <span className="whitespace-nowrap">{dateLabel(first)}</span>
  return (
    <>
      <span className="whitespace-nowrap">{first}</span> – <span className="whitespace-nowrap">{dateLabel(latest)}</span>
    </>
  )
}
