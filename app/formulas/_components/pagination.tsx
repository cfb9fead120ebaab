import { Pager } from '@/app/_components/pager'
import { formulaQueryString, type FormulaQuery } from '@/lib/url/formulas'
import { lastPage } from '@/lib/url/statement-list'

export function Pagination({ query, total }: { query: FormulaQuery; total: number }) {
  const pages = lastPage(total, query.limit)
  return <Pager page={query.page} pages={pages} href={(page) => `/formulas${formulaQueryString({ ...query, page })}`} label="Pages" />
}
