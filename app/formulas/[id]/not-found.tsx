import { NotFoundNotice } from '@/app/_components/not-found-notice'

export default function FormulaNotFound() {
  return <NotFoundNotice kind="formula" />
}
