import { Pager } from '@/app/_components/pager'
import { formulaQueryString, type FormulaQuery } from '@/lib/url/formulas'

export function Pagination({ query, total }: { query: FormulaQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / query.limit))
  return <Pager page={query.page} pages={pages} href={(page) => `/formulas${formulaQueryString({ ...query, page })}`} label="Pages" />
}
